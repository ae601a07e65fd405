package io.leadflow.scoring.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Each lead's score state. Replicas handle events for the same lead at the same time, so a change starts with
 * {@link #lock}: it holds the lead until the transaction ends and no update is lost and no lead qualifies twice.
 */
public interface LeadScoreRepository {

    /**
     * The lead's state under {@code models}, locked for the rest of the transaction; a lead heard of for the first
     * time is started (NEW). Must run in a transaction.
     */
    LeadScore lock(LeadId leadId, List<ScoringModel> models);

    /**
     * Like {@link #lock} for several leads at once, locked in id order so that two transactions locking overlapping
     * leads never wait on each other in a circle. Must run in a transaction.
     */
    default Map<LeadId, LeadScore> lockAll(Collection<LeadId> leadIds, List<ScoringModel> models) {
        Map<LeadId, LeadScore> locked = new HashMap<>();
        leadIds.stream().sorted(Comparator.comparing(LeadId::value)).forEach(id -> locked.put(id, lock(id, models)));
        return locked;
    }

    /** Up to {@code limit} leads with ids after {@code after} (null: from the start), in id order, locked. */
    List<LeadScore> lockBatch(UUID after, int limit, List<ScoringModel> models);

    /** The lead's state without a lock, for reading; empty if scoring has never heard of it. */
    Optional<LeadScore> find(LeadId leadId, List<ScoringModel> models);

    /** Stores the state of a lead obtained from {@link #lock}; timeline entries are only added. */
    void save(LeadScore lead);

    /** Stores several leads obtained from {@link #lockAll}; an implementation may write them in one go. */
    default void saveAll(Collection<LeadScore> leads) {
        leads.forEach(this::save);
    }

    /** Leads by their segment score, filtered, sorted and paged. */
    LeadPage search(LeadSearch search);

    long count();

    /** Drops the lead states kept for model versions that are no longer published (after a re-scoring run). */
    void forgetStatesOfUnpublishedModels();
}
