package io.leadflow.handoff.domain;

/**
 * The rep a routing decision chose, the name of the rule that chose them (shown to sales and managers) and the team
 * the hand-off belongs to: the one the rule routed to or, without a rule, the rep's own team (null for a rep of no
 * team).
 */
public record Assignment(SalesRep rep, String rule, TeamId team) {

    public Assignment {
        if (rep == null || rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("an assignment names a rep and the rule that chose them");
        }
    }
}
