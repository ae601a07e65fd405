package io.leadflow.load;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What one phase of the benchmark cost the suite: CPU by process and work counters, between two samples, and the same
 * per event. A phase without events (the idle suite) is reported per second instead.
 *
 * @param events the events the phase accepted
 * @param ticks CPU clock ticks spent, by process label
 * @param counts how much each counter grew ({@link SuiteMeter} names them)
 */
record PhaseCost(String phase, long events, Duration elapsed, Map<String, Long> ticks, Map<String, Long> counts) {

    /** The label of the harness's own process: not part of the suite's cost. */
    static final String HARNESS = "harness";

    PhaseCost {
        ticks = Map.copyOf(ticks);
        counts = Map.copyOf(counts);
    }

    static PhaseCost between(String phase, long events, CpuSample before, CpuSample after) {
        return new PhaseCost(
                phase,
                events,
                Duration.between(before.at(), after.at()),
                after.ticksSince(before),
                after.countsSince(before));
    }

    /** Whether figures are per event (the phase had events) or per second of an idle suite. */
    boolean perEvent() {
        return events > 0;
    }

    /** Milliseconds of CPU of the processes with that label, per event (per second when idle). */
    double cpuMillis(String label) {
        return per(ProcStat.millis(ticks.getOrDefault(label, 0L)));
    }

    /** Milliseconds of CPU of the whole suite (every process but the harness), per event (per second when idle). */
    double suiteCpuMillis() {
        long suite = ticks.entrySet().stream()
                .filter(e -> !e.getKey().equals(HARNESS))
                .mapToLong(Map.Entry::getValue)
                .sum();
        return per(ProcStat.millis(suite));
    }

    /** The counter's growth per event (per second when idle); empty when it could not be read. */
    OptionalDouble count(String counter) {
        Long grown = counts.get(counter);
        return grown == null ? OptionalDouble.empty() : OptionalDouble.of(per(grown));
    }

    private double per(double amount) {
        if (perEvent()) {
            return amount / events;
        }
        long millis = elapsed.toMillis();
        return millis <= 0 ? 0 : amount * 1000.0 / millis;
    }
}
