package io.leadflow.handoff.adapter.in.web;

import java.util.List;

/** An ordered routing rule; empty lists and null bounds state no condition. */
public record RoutingRuleRequest(
        Integer position,
        String name,
        List<String> segments,
        List<String> countries,
        Integer minCompanySize,
        Integer maxCompanySize,
        List<String> grades,
        List<String> sources,
        String teamId,
        String secondTierTeamId) {}
