package io.leadflow.handoff.application.port.in;

import java.util.Set;
import java.util.UUID;

/** A routing rule as managers read it; {@code secondTierTeamId} is null for a one-tier rule. */
public record RoutingRuleView(
        UUID id,
        int position,
        String name,
        Set<String> segments,
        Set<String> countries,
        Integer minCompanySize,
        Integer maxCompanySize,
        Set<String> grades,
        Set<String> sources,
        UUID teamId,
        UUID secondTierTeamId) {}
