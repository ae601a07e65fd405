package io.leadflow.handoff.domain;

import io.leadflow.kernel.LifecycleStage;

/**
 * What became of a qualified lead: an opportunity was opened (OPPORTUNITY), the deal was won (WON) or lost (LOST).
 */
public enum OutcomeKind {
    OPENED(LifecycleStage.OPPORTUNITY),
    WON(LifecycleStage.WON),
    LOST(LifecycleStage.LOST);

    private final LifecycleStage stage;

    OutcomeKind(LifecycleStage stage) {
        this.stage = stage;
    }

    /** The lifecycle stage the lead stands at once this outcome is recorded. */
    public LifecycleStage stage() {
        return stage;
    }

    public static OutcomeKind parse(String text) {
        return Choices.parse(OutcomeKind.class, "outcome", text);
    }
}
