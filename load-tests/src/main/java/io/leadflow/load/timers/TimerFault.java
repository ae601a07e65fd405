package io.leadflow.load.timers;

import java.util.Arrays;

/**
 * What goes wrong while the timer proof's timers run: the second replica of each service killed, its wall clock
 * jumped forward or backward while it keeps running, or the reps' webhook receiver down while leads qualify.
 */
public enum TimerFault {
    KILL("kill"),
    CLOCK_FORWARD("clock-forward"),
    CLOCK_BACKWARD("clock-backward"),
    RECEIVER_DOWN("receiver-down");

    private final String option;

    TimerFault(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }

    boolean jumpsClocks() {
        return this == CLOCK_FORWARD || this == CLOCK_BACKWARD;
    }

    static TimerFault parse(String text) {
        return Arrays.stream(values())
                .filter(f -> f.option.equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault " + text + "; one of "
                        + Arrays.stream(values()).map(TimerFault::option).toList()));
    }
}
