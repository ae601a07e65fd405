package io.leadflow.handoff.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One durable SLA timer: a reminder at {@code point} percent of a deadline's window, or the breach itself at 100.
 * Its key is unique per hand-off, deadline, clock generation, kind and point, so scheduling it twice is harmless.
 */
public record SlaTimer(HandoffId handoffId, Kind kind, String deadline, int generation, int point, Instant at) {

    public enum Kind {
        REMINDER,
        BREACH
    }

    public SlaTimer {
        if (handoffId == null || kind == null || deadline == null || at == null) {
            throw new IllegalArgumentException("an SLA timer names a hand-off, a kind, a deadline and a time");
        }
    }

    public String key() {
        return handoffId + ":" + deadline + ":" + generation + ":" + kind + ":" + point;
    }

    public static SlaTimer parse(String key, Instant at) {
        String[] p = key.split(":");
        if (p.length != 5) {
            throw new IllegalArgumentException("not an SLA timer key: " + key);
        }
        return new SlaTimer(
                new HandoffId(UUID.fromString(p[0])),
                Kind.valueOf(p[3]),
                p[1],
                Integer.parseInt(p[2]),
                Integer.parseInt(p[4]),
                at);
    }
}
