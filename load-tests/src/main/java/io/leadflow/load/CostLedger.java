package io.leadflow.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's account of where the CPU went, phase by phase: a phase starts with {@link #begin()} and ends with
 * {@link #end}, which first waits until the services have gone quiet (what an event sets off downstream, hand-off's
 * and nurturing's share included, belongs to its phase) and then takes the closing sample.
 */
final class CostLedger {

    private static final Set<String> SHARED =
            Set.of(PhaseCost.HARNESS, SuiteMeter.POSTGRESQL, SuiteMeter.POSTGRESQL_BACKGROUND, SuiteMeter.BROKER);
    private static final Duration QUIET_LONGEST = Duration.ofSeconds(60);

    private final SuiteMeter meter;
    private final List<PhaseCost> phases = new ArrayList<>();
    private double idleServiceTicksPerSecond = 5;

    CostLedger(SuiteMeter meter) {
        this.meter = meter;
    }

    CpuSample begin() {
        return meter.sample();
    }

    /** The idle suite's own CPU (pollers, heartbeats) for that long: the floor the quiet wait compares with. */
    PhaseCost idle(Duration duration) throws InterruptedException {
        CpuSample before = meter.sample();
        Thread.sleep(duration.toMillis());
        PhaseCost idle = PhaseCost.between("idle", 0, before, meter.sample());
        double seconds = Math.max(1, idle.elapsed().toMillis() / 1000.0);
        idleServiceTicksPerSecond = serviceTicks(idle.ticks()) / seconds;
        phases.add(idle);
        return idle;
    }

    /** Waits for the services to go quiet, then closes the phase that {@code before} opened. */
    PhaseCost end(String phase, long events, CpuSample before) throws InterruptedException {
        awaitQuiet();
        PhaseCost cost = PhaseCost.between(phase, events, before, meter.sample());
        phases.add(cost);
        return cost;
    }

    String table() {
        return CostTable.render(phases, meter.notes());
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, table());
    }

    /** Until one second in which the services spent at most twice their idle CPU (and three ticks), or a minute. */
    private void awaitQuiet() throws InterruptedException {
        Instant deadline = Instant.now().plus(QUIET_LONGEST);
        CpuSample last = meter.sampleServices();
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
            CpuSample now = meter.sampleServices();
            double seconds = Duration.between(last.at(), now.at()).toMillis() / 1000.0;
            if (serviceTicks(now.ticksSince(last)) <= (idleServiceTicksPerSecond * 2 + 3) * seconds) {
                return;
            }
            last = now;
        }
    }

    private static long serviceTicks(Map<String, Long> ticks) {
        return ticks.entrySet().stream()
                .filter(e -> !SHARED.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
