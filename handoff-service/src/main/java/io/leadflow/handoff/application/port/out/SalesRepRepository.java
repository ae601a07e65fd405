package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.TeamId;
import java.util.List;
import java.util.Optional;

/** The sales reps who can receive hand-offs; a rep's e-mail identifies them, so it is registered once. */
public interface SalesRepRepository {

    /** Adds the rep; false when a rep with the same e-mail exists already. */
    boolean add(SalesRep rep);

    /** Stores the rep's changed state (availability, last assignment). */
    void save(SalesRep rep);

    Optional<SalesRep> find(RepId id);

    /** Every rep, by name. */
    List<SalesRep> findAll();

    /**
     * The reps available for a new lead, held against other assignments until the transaction ends, so that two
     * leads qualified at the same moment do not both go to the same "longest waiting" rep.
     */
    List<SalesRep> lockAvailable();

    /**
     * The available reps of one team (every available rep when {@code team} is null), held like
     * {@link #lockAvailable()}: assignments to different teams then do not wait for each other.
     */
    default List<SalesRep> lockAvailable(TeamId team) {
        List<SalesRep> all = lockAvailable();
        return team == null
                ? all
                : all.stream().filter(r -> team.equals(r.teamId())).toList();
    }
}
