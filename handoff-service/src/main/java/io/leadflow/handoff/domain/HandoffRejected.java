package io.leadflow.handoff.domain;

import io.leadflow.kernel.LifecycleStage;

/** A rep rejected a hand-off (see its {@link Rejection}); the lead moved from MQL or SAL to REJECTED. */
public record HandoffRejected(Handoff handoff, LifecycleStage from, LifecycleStage to) {

    public Rejection rejection() {
        return handoff.rejection();
    }
}
