package io.leadflow.scoring.domain;

import io.leadflow.scoring.domain.model.RuleCategory;
import java.util.List;
import java.util.UUID;

/**
 * One rule's part in a score: its points (rounded, after decay and cap), how many events matched, and the most recent
 * of them by id, so that a rep can see the actions behind the points.
 */
public record Contribution(
        String ruleId, RuleCategory category, String label, int points, long occurrences, List<UUID> eventIds) {

    public Contribution {
        eventIds = List.copyOf(eventIds);
    }

    public String text() {
        return label + (occurrences > 1 ? " x" + occurrences : "") + " (" + (points > 0 ? "+" : "") + points + ")";
    }
}
