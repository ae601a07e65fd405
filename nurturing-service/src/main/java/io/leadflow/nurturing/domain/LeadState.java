package io.leadflow.nurturing.domain;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * What nurturing knows of a lead outside its enrolments: its latest score (from the scoring service), since when it
 * has been below the qualification threshold, and its latest stage (from everyone's stage changes). Scores and stages
 * may arrive out of order; an older one never overwrites a newer one.
 */
public record LeadState(
        LeadId leadId, Integer score, Instant scoredAt, Instant belowSince, LifecycleStage stage, Instant stagedAt) {

    public LeadState {
        if (leadId == null) {
            throw new IllegalArgumentException("a lead state needs a lead");
        }
    }

    public static LeadState unknown(LeadId leadId) {
        return new LeadState(leadId, null, null, null, null, null);
    }

    public OptionalInt lastScore() {
        return score == null ? OptionalInt.empty() : OptionalInt.of(score);
    }

    /** True when this score is older than the one already known. */
    public boolean isStale(Instant at) {
        return scoredAt != null && at.isBefore(scoredAt);
    }

    public LeadState scored(int newScore, Instant at, NurtureSettings settings) {
        if (isStale(at)) {
            return this;
        }
        Instant below = settings.isBelowQualification(newScore) ? (belowSince == null ? at : belowSince) : null;
        return new LeadState(leadId, newScore, at, below, stage, stagedAt);
    }

    public LeadState staged(LifecycleStage to, Instant at) {
        if (stagedAt != null && at.isBefore(stagedAt)) {
            return this;
        }
        return new LeadState(leadId, score, scoredAt, belowSince, to, at);
    }
}
