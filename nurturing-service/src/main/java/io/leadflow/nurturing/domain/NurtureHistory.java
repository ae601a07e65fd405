package io.leadflow.nurturing.domain;

import io.leadflow.kernel.RejectionReason;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A lead's cycles through sales and nurturing as readable lines, oldest first: each rejection with its reason, rep
 * and note, each track it was put on, each step sent, and how each enrolment ended. Sales reads these on the new
 * hand-off after a recycle, so they are plain sentences with dates (UTC), not codes.
 */
public final class NurtureHistory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private record Line(Instant at, int order, String text) {}

    private final List<Line> lines = new ArrayList<>();

    public NurtureHistory rejection(Rejection r) {
        String note = r.note() == null ? "" : ": \"" + r.note() + "\"";
        add(r.rejectedAt(), 0, "rejected by " + r.rejectedBy() + " for " + code(r.reason()) + note);
        return this;
    }

    public NurtureHistory enrollment(Enrollment e) {
        String why = e.source() == EnrollmentSource.BELOW_THRESHOLD ? " (score stayed below the threshold)" : "";
        add(e.enrolledAt(), 1, "enrolled in track " + e.track().name() + why);
        if (e.endedAt() != null) {
            add(e.endedAt(), 3, ended(e));
        }
        return this;
    }

    public NurtureHistory step(ScheduledStep s, TrackRef track) {
        if (s.sentAt() != null) {
            add(s.sentAt(), 2, "step " + s.position() + " \"" + s.name() + "\" sent (track " + track.name() + ")");
        }
        return this;
    }

    public List<String> lines() {
        return lines.stream()
                .sorted(Comparator.comparing(Line::at).thenComparingInt(Line::order))
                .map(l -> DAY.format(l.at()) + " " + l.text())
                .toList();
    }

    private static String ended(Enrollment e) {
        String trigger = e.exitTrigger() == null ? "" : ": " + e.exitTrigger();
        return switch (e.status()) {
            case RECYCLED -> "recycled to sales" + trigger;
            case STOPPED -> "nurturing stopped, lead disqualified";
            case REQUALIFIED -> "left the track, re-qualified by sales" + trigger;
            case UNSUBSCRIBED -> "left the track, unsubscribed";
            case COMPLETED -> "track completed";
            case EXPIRED -> "left the track after its maximum duration";
            case ACTIVE -> "active";
        };
    }

    private void add(Instant at, int order, String text) {
        lines.add(new Line(at, order, text));
    }

    private static String code(RejectionReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
