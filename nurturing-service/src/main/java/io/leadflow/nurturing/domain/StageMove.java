package io.leadflow.nurturing.domain;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.StageOwner;

/**
 * A stage change that nurturing makes for a lead, checked against the lifecycle state machine as nurturing's own
 * move; the reason is the sentence other services and people read.
 */
public record StageMove(LifecycleStage from, LifecycleStage to, String reason) {

    public StageMove {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a stage move needs a from and a to stage");
        }
        from.moveTo(to, StageOwner.NURTURING);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a stage move needs a reason");
        }
    }
}
