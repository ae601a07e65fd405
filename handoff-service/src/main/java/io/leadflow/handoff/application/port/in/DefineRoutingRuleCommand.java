package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.InvalidValueException;
import java.util.Set;

/**
 * An ordered routing rule: when every condition it states holds, the lead goes to {@code team} (and, two-tier, then
 * to {@code secondTierTeam}). Empty sets and null bounds state no condition.
 */
public record DefineRoutingRuleCommand(
        int position,
        String name,
        Set<String> segments,
        Set<String> countries,
        Integer minCompanySize,
        Integer maxCompanySize,
        Set<String> grades,
        Set<String> sources,
        TeamId team,
        TeamId secondTierTeam) {

    public DefineRoutingRuleCommand {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "name.required", "a routing rule's name is required");
        }
        name = Commands.limited(name.strip(), "name", 200);
        if (team == null) {
            throw new InvalidValueException("teamId", "teamId.required", "a routing rule names the team it routes to");
        }
        if (position < 0) {
            throw new InvalidValueException("position", "position.min", "a rule's position is 0 or more");
        }
        segments = Commands.conditions(segments);
        countries = Commands.conditions(countries);
        grades = Commands.conditions(grades);
        sources = Commands.conditions(sources);
    }
}
