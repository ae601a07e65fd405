package io.leadflow.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Where each phase's CPU went, as a Markdown table: one row per phase, one column per process (milliseconds of CPU per
 * event; per second for the idle suite), the suite's total without the harness, and database transactions, SQL
 * statements and broker messages per event.
 */
final class CostTable {

    /** The processes in the order a request meets them; others (replicas, the console) follow by name. */
    private static final List<String> ORDER = List.of(
            "gateway",
            "identity",
            "ingestion-service",
            "scoring-service",
            "handoff-service",
            "nurturing-service",
            SuiteMeter.POSTGRESQL,
            SuiteMeter.POSTGRESQL_BACKGROUND,
            SuiteMeter.BROKER);

    private static final List<String> COUNTERS =
            List.of(SuiteMeter.TRANSACTIONS, SuiteMeter.STATEMENTS, SuiteMeter.PUBLISHED, SuiteMeter.CONSUMED);

    private CostTable() {}

    static String render(List<PhaseCost> phases, List<String> notes) {
        Set<String> seen = new LinkedHashSet<>();
        phases.forEach(p -> seen.addAll(p.ticks().keySet()));
        List<String> labels = new ArrayList<>();
        ORDER.stream().filter(seen::contains).forEach(labels::add);
        seen.stream()
                .filter(l -> !ORDER.contains(l) && !l.equals(PhaseCost.HARNESS))
                .sorted()
                .forEach(labels::add);
        StringBuilder table = new StringBuilder("| phase | events | s |");
        labels.forEach(l -> table.append(' ').append(l).append(" |"));
        table.append(" **suite** | harness |");
        COUNTERS.forEach(c -> table.append(' ').append(c).append(" |"));
        table.append('\n').append("|---|---:|---:|");
        table.append("---:|".repeat(labels.size() + 2 + COUNTERS.size())).append('\n');
        for (PhaseCost phase : phases) {
            table.append("| ")
                    .append(phase.phase())
                    .append(phase.perEvent() ? "" : " (per second)")
                    .append(" | ")
                    .append(phase.events())
                    .append(" | ")
                    .append(phase.elapsed().toSeconds())
                    .append(" |");
            labels.forEach(
                    l -> table.append(' ').append(millis(phase.cpuMillis(l))).append(" |"));
            table.append(" **").append(millis(phase.suiteCpuMillis())).append("** |");
            table.append(' ').append(millis(phase.cpuMillis(PhaseCost.HARNESS))).append(" |");
            COUNTERS.forEach(
                    c -> table.append(' ').append(count(phase.count(c))).append(" |"));
            table.append('\n');
        }
        table.append('\n')
                .append("CPU in ms per event (the idle row: per second) from /proc/<pid>/stat (utime + stime); ")
                .append("**suite** is every process but the harness. Counters per event (idle: per second).\n");
        notes.forEach(n -> table.append("- ").append(n).append('\n'));
        return table.toString();
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String count(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
    }
}
