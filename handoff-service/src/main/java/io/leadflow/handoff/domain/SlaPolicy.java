package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;
import java.util.List;

/**
 * The service level for one priority: business time to accept a hand-off and, once accepted, to qualify or reject
 * it; reminders at the given percentages of each window; and whether a missed accept deadline hands the lead to the
 * next rep with a fresh clock (the manager is told either way).
 */
public record SlaPolicy(
        Priority priority,
        Duration acceptWithin,
        Duration decideWithin,
        List<Integer> remindAtPercent,
        boolean reassignOnBreach) {

    public SlaPolicy {
        if (priority == null) {
            throw new InvalidValueException("priority", "priority.required", "a policy is for a priority");
        }
        positive(acceptWithin, "acceptWithin");
        positive(decideWithin, "decideWithin");
        remindAtPercent = remindAtPercent == null
                ? List.of()
                : List.copyOf(remindAtPercent).stream().sorted().toList();
        if (remindAtPercent.stream().anyMatch(p -> p == null || p < 1 || p > 99) || remindAtPercent.size() > 5) {
            throw new InvalidValueException(
                    "remindAtPercent",
                    "remindAtPercent.range",
                    "reminders are at most 5 points between 1 and 99 percent of the window");
        }
    }

    private static void positive(Duration d, String field) {
        if (d == null || d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(60)) > 0) {
            throw new InvalidValueException(
                    field, field + ".range", field + " is a positive duration of at most 60 days");
        }
    }

    public static SlaPolicy defaults(Priority priority) {
        return priority == Priority.HOT
                ? new SlaPolicy(priority, Duration.ofMinutes(15), Duration.ofHours(8), List.of(50, 80), true)
                : new SlaPolicy(priority, Duration.ofHours(4), Duration.ofHours(24), List.of(50, 80), true);
    }

    public Duration window(String deadline) {
        return SlaDeadline.ACCEPT.equals(deadline) ? acceptWithin : decideWithin;
    }
}
