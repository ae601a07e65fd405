package io.leadflow.scoring.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.ScoringModel;
import java.util.Optional;

/**
 * Each lead's score state. Replicas handle events for the same lead at the same time, so a change starts with
 * {@link #lock}: it holds the lead until the transaction ends and no update is lost.
 */
public interface LeadScoreRepository {

    /**
     * The lead's state, locked for the rest of the transaction; a lead heard of for the first time is started
     * (NEW, score 0), since its engagement, profile or stage change may arrive first. Must run in a transaction.
     */
    LeadScore lock(LeadId leadId, ScoringModel model);

    /** The lead's state without a lock, for reading; empty if scoring has never heard of it. */
    Optional<LeadScore> find(LeadId leadId, ScoringModel model);

    /** Stores the state of a lead obtained from {@link #lock}; engagements and timeline entries are only added. */
    void save(LeadScore lead);
}
