package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.Priority;
import java.time.Duration;
import java.util.List;

/** The SLA of one priority as managers set it. */
public record SlaPolicyView(
        Priority priority,
        Duration acceptWithin,
        Duration decideWithin,
        List<Integer> remindAtPercent,
        boolean reassignOnBreach) {}
