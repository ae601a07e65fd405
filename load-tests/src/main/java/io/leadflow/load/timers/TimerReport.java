package io.leadflow.load.timers;

import io.leadflow.load.timers.TimerLedger.Arrival;
import io.leadflow.load.timers.TimerLedger.Effect;
import io.leadflow.load.timers.TimerLedger.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verdict on every timer: per kind, how many effects were expected, came exactly once, never came (missed), came
 * under two or more delivery ids (doubled: the effect happened twice), came again under the same delivery id (a
 * redelivery, which a receiver recognises by its {@code webhook-id}; reported, not a failure), or came without being
 * expected (unexpected: e.g. a reminder for a hand-off rejected before it was due); and how late the first arrival
 * was after its due time.
 */
record TimerReport(List<Row> rows, List<String> notes, boolean deliveriesComplete) {

    /** One kind of timer, or the total. */
    record Row(
            String kind,
            int expected,
            int once,
            int missed,
            int doubled,
            int redelivered,
            int unexpected,
            long p50Millis,
            long p99Millis,
            long maxMillis) {

        boolean clean() {
            return missed == 0 && doubled == 0 && unexpected == 0 && once == expected;
        }
    }

    private static final String[] HEADER = {
        "timers",
        "expected",
        "exactly once",
        "missed",
        "doubled",
        "redelivered",
        "unexpected",
        "late p50",
        "late p99",
        "late max",
        "verdict"
    };

    /**
     * @param expected effects that must happen exactly once
     * @param allowed effects that may happen (once) or not, e.g. a reminder of a hand-off rejected after it was due
     * @param seen what arrived
     */
    static TimerReport judge(
            Set<Effect> expected, Set<Effect> allowed, Map<Effect, List<Arrival>> seen, List<String> notes) {
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
        Map<Kind, List<Long>> lateness = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, new int[6]);
            lateness.put(kind, new ArrayList<>());
        }
        for (Effect effect : expected) {
            int[] c = counts.get(effect.kind());
            c[0]++;
            List<Arrival> arrivals = seen.getOrDefault(effect, List.of());
            int ids = deliveryIds(arrivals);
            if (ids == 0) {
                c[2]++;
            } else if (ids == 1) {
                c[1]++;
            } else {
                c[3]++;
            }
            if (!arrivals.isEmpty()) {
                lateness.get(effect.kind())
                        .add(arrivals.stream()
                                .min(Comparator.comparing(Arrival::received))
                                .orElseThrow()
                                .lateness()
                                .toMillis());
            }
        }
        seen.forEach((effect, arrivals) -> {
            int[] c = counts.get(effect.kind());
            int ids = deliveryIds(arrivals);
            c[4] += arrivals.size() - ids;
            if (!expected.contains(effect)) {
                if (!allowed.contains(effect)) {
                    c[5]++;
                } else if (ids > 1) {
                    c[3]++;
                }
            }
        });
        List<Row> rows = new ArrayList<>();
        int[] total = new int[6];
        List<Long> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int[] c = counts.get(kind);
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
            all.addAll(lateness.get(kind));
            rows.add(row(label(kind), c, lateness.get(kind)));
        }
        rows.add(row("all", total, all));
        return new TimerReport(List.copyOf(rows), List.copyOf(notes), true);
    }

    /** The same verdict, failed as well unless every hand-off delivery reached the reps' receiver. */
    TimerReport requiring(boolean everyDeliveryArrived) {
        return new TimerReport(rows, notes, deliveriesComplete && everyDeliveryArrived);
    }

    boolean clean() {
        return deliveriesComplete && rows.stream().allMatch(Row::clean);
    }

    Row total() {
        return rows.getLast();
    }

    private static int deliveryIds(List<Arrival> arrivals) {
        Set<String> ids = new HashSet<>();
        arrivals.forEach(a -> ids.add(String.valueOf(a.deliveryId())));
        return ids.size();
    }

    private static Row row(String kind, int[] c, List<Long> lateness) {
        List<Long> sorted = lateness.stream().sorted().toList();
        return new Row(
                kind,
                c[0],
                c[1],
                c[2],
                c[3],
                c[4],
                c[5],
                percentile(sorted, 50),
                percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.getLast());
    }

    /** Nearest rank. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String label(Kind kind) {
        return switch (kind) {
            case REMINDER -> "SLA reminder";
            case BREACH -> "SLA breach";
            case NURTURE_STEP -> "nurture step";
        };
    }

    /** A plain-text table (Markdown-compatible), then the notes. */
    String render() {
        List<String[]> table = new ArrayList<>();
        table.add(HEADER);
        for (Row r : rows) {
            table.add(new String[] {
                r.kind(),
                n(r.expected()),
                n(r.once()),
                n(r.missed()),
                n(r.doubled()),
                n(r.redelivered()),
                n(r.unexpected()),
                seconds(r.p50Millis()),
                seconds(r.p99Millis()),
                seconds(r.maxMillis()),
                r.clean() ? "OK" : "FAIL"
            });
        }
        int[] widths = new int[HEADER.length];
        table.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < table.size(); r++) {
            out.append('|');
            for (int i = 0; i < widths.length; i++) {
                String cell = table.get(r)[i];
                String pad = " ".repeat(widths[i] - cell.length());
                out.append(' ').append(i == 0 ? cell + pad : pad + cell).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (int width : widths) {
                    out.append("-".repeat(width + 2)).append('|');
                }
                out.append('\n');
            }
        }
        notes.forEach(note -> out.append("  ").append(note).append('\n'));
        return out.toString();
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
