package io.leadflow.load;

import io.leadflow.deploy.demo.SvgChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A soak's samples and what they say: every series with its verdict ({@link SteadyGrowth}), written as
 * {@code samples.csv} (one row per sample and series: seconds since the start, kind, subject, value), one SVG chart per
 * kind (the largest tables and the fullest queues where there are many) and {@code summary.md}, a Markdown table per
 * series (first, last, max, slope, verdict) with the charts' paths, ready for docs/reliability.md.
 */
final class SoakReport {

    private static final String[] COLOURS = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
    };
    /** Lines per chart at most: the largest tables, the fullest queues. */
    private static final int LINES = 6;

    private final Map<SoakSeries, List<double[]>> samples = new TreeMap<>();
    private int count;

    /** Adds one sample taken {@code seconds} after the start. */
    synchronized void add(double seconds, Map<SoakSeries, Double> values) {
        values.forEach((series, value) ->
                samples.computeIfAbsent(series, s -> new ArrayList<>()).add(new double[] {seconds, value}));
        count++;
    }

    synchronized int count() {
        return count;
    }

    /** Each series' verdict, in the order of kinds and subjects. */
    synchronized Map<SoakSeries, SteadyGrowth.Verdict> verdicts() {
        Map<SoakSeries, SteadyGrowth.Verdict> verdicts = new LinkedHashMap<>();
        samples.forEach(
                (series, points) -> verdicts.put(series, series.kind().rule().judge(points)));
        return verdicts;
    }

    /** The judged series that grow steadily: the run fails on any. */
    List<SoakSeries> growing() {
        return verdicts().entrySet().stream()
                .filter(e -> e.getKey().kind().judged() && e.getValue().growing())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Writes the CSV, the charts and the summary into {@code dir}; returns the summary. */
    synchronized String write(Path dir, String heading) throws IOException {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("seconds,kind,subject,value\n");
        samples.forEach((series, points) -> {
            for (double[] point : points) {
                csv.append(String.format(
                        Locale.ROOT,
                        "%.0f,%s,%s,%.3f%n",
                        point[0],
                        series.kind().slug(),
                        series.subject(),
                        point[1]));
            }
        });
        Files.writeString(dir.resolve("samples.csv"), csv);
        List<String> charts = new ArrayList<>();
        for (SoakSeries.Kind kind : SoakSeries.Kind.values()) {
            List<SoakSeries> lines = samples.keySet().stream()
                    .filter(s -> s.kind() == kind)
                    .sorted(Comparator.comparingDouble(this::max).reversed())
                    .limit(LINES)
                    .sorted()
                    .toList();
            if (!lines.isEmpty()) {
                Path svg = dir.resolve(kind.slug() + ".svg");
                Files.writeString(svg, chart(kind, lines));
                Path here = Path.of("").toAbsolutePath();
                charts.add("![" + kind.title() + "](" + (svg.startsWith(here) ? here.relativize(svg) : svg) + ")");
            }
        }
        String summary = summary(heading, charts);
        Files.writeString(dir.resolve("summary.md"), summary);
        return summary;
    }

    private String chart(SoakSeries.Kind kind, List<SoakSeries> lines) {
        double minutes = samples.values().stream()
                        .flatMap(List::stream)
                        .mapToDouble(p -> p[0])
                        .max()
                        .orElse(60)
                / 60;
        double top = lines.stream().mapToDouble(this::max).max().orElse(1);
        boolean many = samples.keySet().stream().filter(s -> s.kind() == kind).count() > LINES;
        SvgChart chart = new SvgChart(
                        kind.title() + (many ? " (the " + LINES + " largest)" : ""), "minutes", kind.unit(), null)
                .withAxes(
                        Math.max(minutes, 1.0 / 60),
                        top > 0 ? top * 1.1 : 1,
                        m -> String.format(Locale.ROOT, "%.0f", m),
                        v -> String.format(Locale.ROOT, v >= 10 ? "%.0f" : "%.1f", v));
        int colour = 0;
        for (SoakSeries series : lines) {
            List<double[]> points = samples.get(series).stream()
                    .map(p -> new double[] {p[0] / 60, p[1]})
                    .toList();
            chart.with(new SvgChart.Series(series.subject(), COLOURS[colour++ % COLOURS.length], points));
        }
        return chart.render();
    }

    private double max(SoakSeries series) {
        return samples.get(series).stream().mapToDouble(p -> p[1]).max().orElse(0);
    }

    private String summary(String heading, List<String> charts) {
        StringBuilder md = new StringBuilder(heading).append("\n\n");
        md.append("| series | first | last | max | slope per minute | verdict |\n|---|---|---|---|---|---|\n");
        verdicts().forEach((series, verdict) -> {
            if (series.kind() == SoakSeries.Kind.TABLE) {
                return;
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s |%n",
                    series.label(),
                    number(verdict.first()),
                    number(verdict.last()),
                    number(verdict.max()),
                    number(verdict.slopePerMinute()),
                    verdict(series, verdict)));
        });
        md.append("\nCharts, one per kind (paths from where the command ran):\n\n");
        charts.forEach(chart -> md.append(chart).append("\n"));
        return md.toString();
    }

    private static String verdict(SoakSeries series, SteadyGrowth.Verdict verdict) {
        if (!series.kind().judged()) {
            return "kept by design, not judged";
        }
        String detail = String.format(
                Locale.ROOT,
                "%s over the run at that slope, %s allowed, R² %.2f",
                number(verdict.projected()),
                number(verdict.allowed()),
                verdict.fit());
        return (verdict.growing() ? "**grows steadily** (" : "steady (") + detail + ")";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 || value == Math.rint(value) ? "%.0f" : "%.2f", value);
    }
}
