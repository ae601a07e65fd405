package io.leadflow.handoff.domain;

import java.time.Instant;
import java.util.Optional;

/** The working time two calendars have in common (e.g. a team's calendar and a rep's own hours). */
record SharedWorkingTime(WorkingTime first, WorkingTime second) implements WorkingTime {

    SharedWorkingTime {
        if (first == null || second == null) {
            throw new IllegalArgumentException("shared working time needs two calendars");
        }
    }

    @Override
    public Optional<WorkingWindow> windowFrom(Instant from) {
        Instant cursor = from;
        for (int i = 0; i < MAX_WINDOWS; i++) {
            Optional<WorkingWindow> a = first.windowFrom(cursor);
            Optional<WorkingWindow> b = second.windowFrom(cursor);
            if (a.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            Instant open = later(a.get().open(), b.get().open());
            Instant close = a.get().close().isBefore(b.get().close())
                    ? a.get().close()
                    : b.get().close();
            if (open.isBefore(close)) {
                return Optional.of(new WorkingWindow(open, close));
            }
            // no overlap: neither window contains the cursor and the later opening, so searching from there progresses
            cursor = open;
        }
        return Optional.empty();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
