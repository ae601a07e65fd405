package io.leadflow.handoff.domain;

import io.leadflow.kernel.LifecycleStage;

/** A rep accepted a hand-off; the lead moved {@code from} MQL {@code to} SAL. */
public record HandoffAccepted(Handoff handoff, LifecycleStage from, LifecycleStage to) {}
