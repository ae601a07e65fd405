package io.leadflow.console.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a hand-off's running SLA deadline stands, as the hand-off service computed it: which deadline ({@code accept}
 * or {@code decide}), when it is due, the business time left in seconds (negative when missed), and whether a
 * reminder point or the deadline itself has passed. No deadline runs once the lead is decided.
 */
public record HandoffSla(
        @Nullable String deadline,
        @Nullable Instant dueAt,
        @Nullable Long secondsLeft,
        boolean reminded,
        boolean breached) {

    public static final HandoffSla NONE = new HandoffSla(null, null, null, false, false);

    public boolean running() {
        return dueAt != null;
    }

    /** "1 h 5 min left", "overdue by 10 min", "no deadline": business time, as a rep reads it. */
    public String timeLeft() {
        if (dueAt == null) {
            return "no deadline";
        }
        if (secondsLeft == null) {
            return breached ? "overdue" : "due";
        }
        if (breached || secondsLeft <= 0) {
            return "overdue by " + span(Math.abs(secondsLeft));
        }
        return span(secondsLeft) + " left";
    }

    /** A class for the page's style: {@code sla-breached}, {@code sla-reminded} or {@code sla-on-time}. */
    public String tone() {
        return breached ? "sla-breached" : reminded ? "sla-reminded" : "sla-on-time";
    }

    private static String span(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
