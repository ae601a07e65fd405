package io.leadflow.handoff.domain;

import io.leadflow.kernel.LifecycleStage;

/** A decided hand-off and the lead's move it caused. */
public record StageMove(Handoff handoff, LifecycleStage from, LifecycleStage to) {}
