package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.LeadId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-offs of leads to sales. Storage enforces "one open hand-off per lead" as well, so two qualifications
 * handled at once on two replicas cannot both open one: the second fails and is retried, then finds the first.
 */
public interface HandoffRepository {

    void add(Handoff handoff);

    void save(Handoff handoff);

    Optional<Handoff> find(HandoffId id);

    /** Loads the hand-off and holds it against a concurrent decision until the transaction ends. */
    Optional<Handoff> lock(HandoffId id);

    /** The lead's hand-offs, newest first. */
    List<Handoff> findByLead(LeadId leadId);

    /** How many open hand-offs each rep holds (reps holding none are absent), for capacity checks. */
    Map<RepId, Integer> openLoads();

    /** Hand-offs still waiting for a rep, oldest first. */
    default List<HandoffId> findUnassigned(int limit) {
        return List.of();
    }

    /**
     * Hand-offs waiting for a rep (UNASSIGNED) that routing sent to one of these teams, oldest first, at most 500:
     * what a manager's team board offers to hand out by hand.
     */
    List<Handoff> findWaitingForTeams(Set<TeamId> teams);

    /** Every hand-off waiting for a rep, routed to a team or not, oldest first, at most 500 (an admin's view). */
    List<Handoff> findAllWaiting();

    /** The open hand-offs held by these reps, by their running SLA deadline (soonest first). */
    List<Handoff> findOpenHeldBy(Set<RepId> reps);
}
