package io.leadflow.handoff.domain;

/**
 * Where routing sent the hand-off: the team (null without a matching rule), the tier (1, or 2 after an SDR passed
 * it on) and the account-executive team of a two-tier rule.
 */
public record Route(TeamId team, int tier, TeamId secondTierTeam) {

    public static final Route NONE = new Route(null, 1, null);

    public boolean canPassOn() {
        return tier == 1 && secondTierTeam != null;
    }
}
