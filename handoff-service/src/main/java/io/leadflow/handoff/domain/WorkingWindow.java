package io.leadflow.handoff.domain;

/** One stretch of working time, {@code open} inclusive and {@code close} exclusive. */
public record WorkingWindow(java.time.Instant open, java.time.Instant close) {

    public WorkingWindow {
        if (open == null || close == null || !close.isAfter(open)) {
            throw new IllegalArgumentException("a working window closes after it opens");
        }
    }
}
