package io.leadflow.handoff.adapter.in.web;

import java.util.Set;
import java.util.UUID;

/** A routing rule as the API shows it; a team is an object holding its id as {@code value}. */
public record RoutingRuleResponse(
        UUID id,
        int position,
        String name,
        Set<String> segments,
        Set<String> countries,
        Integer minCompanySize,
        Integer maxCompanySize,
        Set<String> grades,
        Set<String> sources,
        TeamReference team,
        TeamReference secondTierTeam) {

    /** The team a rule routes to. */
    public record TeamReference(UUID value) {}
}
