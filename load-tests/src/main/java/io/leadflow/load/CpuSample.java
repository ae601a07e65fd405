package io.leadflow.load;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The suite's CPU and work counters at one moment: each process's CPU ticks under the label it is reported by
 * ({@code gateway}, {@code scoring-service}, {@code postgresql}, ...), and counters that only grow (database
 * transactions, broker messages published and consumed).
 *
 * @param processes CPU ticks by process id
 * @param counters counter values by name; a counter that could not be read is absent
 */
record CpuSample(Instant at, Map<Long, Ticks> processes, Map<String, Long> counters) {

    /** One process's CPU ticks so far, and what it is reported as. */
    record Ticks(String label, long ticks) {}

    CpuSample {
        processes = Map.copyOf(processes);
        counters = Map.copyOf(counters);
    }

    /**
     * The CPU ticks spent since {@code before}, summed by label. A process that started since counts from zero; one
     * that ended since is missing (its last ticks are lost with it); a process id reused by another label counts as
     * a new process.
     */
    Map<String, Long> ticksSince(CpuSample before) {
        Map<String, Long> spent = new LinkedHashMap<>();
        processes.forEach((pid, now) -> {
            Ticks then = before.processes().get(pid);
            long start = then != null && then.label().equals(now.label()) ? then.ticks() : 0;
            spent.merge(now.label(), Math.max(0, now.ticks() - start), Long::sum);
        });
        return spent;
    }

    /** How much each counter grew since {@code before}; counters missing from either sample are left out. */
    Map<String, Long> countsSince(CpuSample before) {
        Map<String, Long> grown = new LinkedHashMap<>();
        counters.forEach((name, now) -> {
            Long then = before.counters().get(name);
            if (then != null) {
                grown.put(name, now - then);
            }
        });
        return grown;
    }
}
