package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.util.Locale;

/** How urgent a hand-off is: fast-tracked leads (a buying signal such as a demo request) are HOT, other MQLs NORMAL. */
public enum Priority {
    HOT,
    NORMAL;

    public static Priority of(boolean fastTrack) {
        return fastTrack ? HOT : NORMAL;
    }

    public static Priority parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    "priority", "priority.unknown", "priority is hot or normal, got '" + text + "'");
        }
    }
}
