package io.leadflow.handoff.adapter.in.web;

import java.util.List;

/** An SLA policy: ISO-8601 durations of business time (PT15M, PT8H), reminder percentages, reassignment. */
public record SlaPolicyRequest(
        String acceptWithin, String decideWithin, List<Integer> remindAtPercent, Boolean reassignOnBreach) {}
