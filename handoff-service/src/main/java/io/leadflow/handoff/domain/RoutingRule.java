package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One ordered routing rule: when every condition it states holds for a lead, the lead goes to {@code team}. An empty
 * set or a null bound states no condition. With {@code secondTierTeam} the rule makes a two-tier hand-off: the team
 * (an SDR / teleprospecting team) takes the lead first, then passes it to an account executive of the second team.
 */
public record RoutingRule(
        UUID id,
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

    public RoutingRule {
        if (id == null) {
            throw new IllegalArgumentException("a rule has an id");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "name.required", "a routing rule's name is required");
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new InvalidValueException("name", "name.length", "a routing rule's name is at most 200 characters");
        }
        if (team == null) {
            throw new InvalidValueException("teamId", "teamId.required", "a routing rule names the team it routes to");
        }
        if (position < 0) {
            throw new InvalidValueException("position", "position.min", "a rule's position is 0 or more");
        }
        if (minCompanySize != null && maxCompanySize != null && minCompanySize > maxCompanySize) {
            throw new InvalidValueException(
                    "minCompanySize", "companySize.order", "minCompanySize must not exceed maxCompanySize");
        }
        if (team.equals(secondTierTeam)) {
            throw new InvalidValueException(
                    "secondTierTeamId", "secondTier.distinct", "the second tier must be another team");
        }
        segments = normal(segments);
        countries = normal(countries);
        grades = normal(grades);
        sources = normal(sources);
    }

    private static Set<String> normal(Set<String> values) {
        return values == null
                ? Set.of()
                : values.stream()
                        .map(LeadAttributes::normal)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet());
    }

    public boolean matches(LeadAttributes lead) {
        return within(segments, lead.segment())
                && within(countries, lead.country())
                && within(grades, lead.grade())
                && within(sources, lead.source())
                && sizeMatches(lead.companySize());
    }

    private boolean sizeMatches(Integer size) {
        if (minCompanySize == null && maxCompanySize == null) {
            return true;
        }
        return size != null
                && (minCompanySize == null || size >= minCompanySize)
                && (maxCompanySize == null || size <= maxCompanySize);
    }

    private static boolean within(Set<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
