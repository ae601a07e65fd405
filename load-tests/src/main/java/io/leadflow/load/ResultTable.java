package io.leadflow.load;

import java.util.ArrayList;
import java.util.List;

/** The fault matrix as a plain-text table, one row per scenario, and the first findings under it. */
public final class ResultTable {

    private static final String[] HEADER = {
        "scenario",
        "leads",
        "requests",
        "attempts",
        "accepted",
        "refused",
        "unknown",
        "lost",
        "unexpected",
        "double",
        "score!=",
        "qualified",
        "handoff!=1",
        "dlq other",
        "poison dlq/sent",
        "healthy in dlq",
        "profiles",
        "profile!=",
        "rejected",
        "recycled",
        "nurture!=",
        "ids from",
        "verdict"
    };

    private ResultTable() {}

    public static String render(List<ScenarioResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ScenarioResult r : results) {
            rows.add(new String[] {
                r.scenario(),
                n(r.leads()),
                n(r.requests()),
                n(r.attempts()),
                n(r.accepted()),
                n(r.refused()),
                n(r.unknown()),
                n(r.lost()),
                n(r.unexpected()),
                n(r.doubleCounted()),
                n(r.scoreMismatches()),
                n(r.qualified()),
                n(r.handoffViolations()),
                n(r.deadLetters()),
                r.poisonDeadLettered() + "/" + r.poisonSent(),
                n(r.healthyInDlq()),
                n(r.lifecycle().profiles()),
                n(r.lifecycle().profileViolations()),
                n(r.lifecycle().rejected()),
                n(r.lifecycle().recycled()),
                n(r.lifecycle().nurtureViolations()),
                r.idSource(),
                r.clean() ? "OK" : "FAIL"
            });
        }
        int[] widths = new int[HEADER.length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            table.append('|');
            for (int i = 0; i < row.length; i++) {
                table.append(' ')
                        .append(i == 0 ? pad(row[i], widths[i]) : lpad(row[i], widths[i]))
                        .append(" |");
            }
            table.append('\n');
            if (r == 0) {
                table.append('|');
                for (int width : widths) {
                    table.append("-".repeat(width + 2)).append('|');
                }
                table.append('\n');
            }
        }
        for (ScenarioResult r : results) {
            for (String note : r.notes()) {
                table.append("  ")
                        .append(r.scenario())
                        .append(": ")
                        .append(note)
                        .append('\n');
            }
        }
        return table.toString();
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String lpad(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
