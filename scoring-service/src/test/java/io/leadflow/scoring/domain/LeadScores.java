package io.leadflow.scoring.domain;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import java.time.Instant;
import java.util.UUID;

/** Test data builders for lead scores. */
final class LeadScores {

    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private LeadScores() {
    }

    static LeadScore aNewLead() {
        return LeadScore.start(LeadId.newId(), DefaultScoringModel.create());
    }

    static ScoredEngagement anEngagement(EngagementType type) {
        return anEngagement(type, NOW.minusSeconds(60));
    }

    static ScoredEngagement anEngagement(EngagementType type, Instant occurredAt) {
        return new ScoredEngagement(UUID.randomUUID(), type, occurredAt);
    }

    static ProfileFacts aFreeMailProfile() {
        return new ProfileFacts("jane@gmail.com", true, NOW.minusSeconds(120));
    }

    static ProfileFacts aBusinessProfile() {
        return new ProfileFacts("jane@acme.com", false, NOW.minusSeconds(120));
    }

    static StageChange aMove(LifecycleStage from, LifecycleStage to, Instant occurredAt) {
        return new StageChange(UUID.randomUUID(), from, to, "test move", "handoff-service", occurredAt);
    }

    /** Walks a lead through MQL, rejection and nurturing to RECYCLED, the way the other services announce it. */
    static void recycledByNurturing(LeadScore lead) {
        lead.recordStageChange(aMove(LifecycleStage.NEW, LifecycleStage.MQL, NOW.minusSeconds(50)), NOW);
        lead.recordStageChange(aMove(LifecycleStage.MQL, LifecycleStage.REJECTED, NOW.minusSeconds(40)), NOW);
        lead.recordStageChange(aMove(LifecycleStage.REJECTED, LifecycleStage.NURTURING, NOW.minusSeconds(30)), NOW);
        lead.recordStageChange(aMove(LifecycleStage.NURTURING, LifecycleStage.RECYCLED, NOW.minusSeconds(20)), NOW);
    }
}
