package io.leadflow.handoff.adapter.in.web;

import java.util.List;

/** The SLA of one priority as the API shows it: {@code hot} or {@code normal}, durations as ISO-8601. */
public record SlaPolicyResponse(
        String priority,
        String acceptWithin,
        String decideWithin,
        List<Integer> remindAtPercent,
        boolean reassignOnBreach) {}
