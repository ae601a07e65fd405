package io.leadflow.deploy.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * A trained version's evaluation as the demo's history produced it, next to the AUC of the propensity the outcomes
 * were drawn from: written as a Markdown table of the figures and two SVG plots, calibration (predicted against
 * observed won share per decile, with the diagonal) and cumulative gains (the share of won deals found when sales
 * calls the leads in order of likelihood, decile by decile, against calling them at random).
 */
public record EvaluationFigures(JsonNode version, double propensityAuc, int propensityLeads) {

    public static final String CALIBRATION_SVG = "demo-calibration.svg";
    public static final String GAINS_SVG = "demo-gains.svg";
    public static final String FIGURES_MD = "demo-figures.md";

    /** ROC AUC: the chance a random won lead ranks above a random lost one, ties counting half (scoring's rule). */
    public static double rocAuc(double[] predicted, boolean[] won) {
        Integer[] order = new Integer[predicted.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
        double rankSumOfWon = 0;
        long wonCount = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double meanRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (won[order[k]]) {
                    rankSumOfWon += meanRank;
                    wonCount++;
                }
            }
            i = j + 1;
        }
        long lostCount = predicted.length - wonCount;
        return (rankSumOfWon - wonCount * (wonCount + 1) / 2.0) / ((double) wonCount * lostCount);
    }

    private JsonNode evaluation() {
        return version.path("evaluation");
    }

    /** Calibration: each decile's mean predicted likelihood (x) against its observed won share (y). */
    public String calibrationSvg() {
        List<double[]> points = new ArrayList<>();
        for (JsonNode bin : evaluation().path("calibration")) {
            points.add(new double[] {
                bin.path("predicted").asDouble(), bin.path("observed").asDouble()
            });
        }
        return new SvgChart(
                        "Calibration on the hold-out (%s v%d)".formatted(model(), number()),
                        "predicted likelihood (mean of the decile)",
                        "observed won share",
                        "perfect calibration")
                .with(new SvgChart.Series("deciles of predicted likelihood", "#1f77b4", points))
                .render();
    }

    /** Cumulative gains: the share of held-out won deals among the top k deciles of likelihood, k = 0..10. */
    public String gainsSvg() {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        double leads = 0;
        double won = 0;
        List<JsonNode> bins = new ArrayList<>();
        evaluation().path("calibration").forEach(bins::add);
        double allLeads =
                bins.stream().mapToDouble(b -> b.path("leads").asDouble()).sum();
        double allWon = bins.stream()
                .mapToDouble(
                        b -> b.path("leads").asDouble() * b.path("observed").asDouble())
                .sum();
        for (JsonNode bin : bins.reversed()) {
            leads += bin.path("leads").asDouble();
            won += bin.path("leads").asDouble() * bin.path("observed").asDouble();
            points.add(new double[] {leads / allLeads, allWon == 0 ? 0 : won / allWon});
        }
        return new SvgChart(
                        "Cumulative gains on the hold-out (%s v%d)".formatted(model(), number()),
                        "held-out leads called, most likely first",
                        "share of the won deals found",
                        "calling at random")
                .with(new SvgChart.Series("by predicted likelihood", "#d62728", points))
                .render();
    }

    /** The figures as a Markdown table (figure, value), then the calibration per decile. */
    public String markdown() {
        JsonNode e = evaluation();
        JsonNode c = e.path("comparison");
        StringBuilder md = new StringBuilder();
        md.append("| figure | value |\n|---|---|\n");
        row(md, "model and version", model() + " v" + number());
        row(
                md,
                "training leads (won)",
                e.path("trainingLeads").asInt() + " (" + e.path("trainingWon").asInt() + ")");
        row(
                md,
                "held-out leads (won)",
                e.path("holdOutLeads").asInt() + " (" + e.path("holdOutWon").asInt() + ")");
        row(md, "ROC AUC on the hold-out", decimal(e.path("auc")));
        row(
                md,
                "AUC of the generator's hidden propensity on the same leads",
                String.format(Locale.ROOT, "%.3f (%d leads)", propensityAuc, propensityLeads));
        row(md, "lift in the top decile", decimal(e.path("topDecileLift")));
        row(md, "won deals held out", Integer.toString(c.path("wonDeals").asInt()));
        row(
                md,
                "won deals sent to sales by the likelihood (>= "
                        + c.path("salesThresholdPercent").asInt() + " %)",
                c.path("predictiveWonSent").asInt() + " of "
                        + c.path("predictiveMqls").asInt() + " leads sent");
        row(
                md,
                "won deals sent to sales by the rules (" + String.join(", ", ruleModels(c)) + ")",
                c.path("rulesWonSent").asInt() + " of " + c.path("rulesMqls").asInt() + " MQLs");
        md.append("\n| decile | leads | predicted | observed |\n|---|---|---|---|\n");
        for (JsonNode bin : e.path("calibration")) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.1f %% | %.1f %% |%n",
                    bin.path("decile").asInt(),
                    bin.path("leads").asInt(),
                    100 * bin.path("predicted").asDouble(),
                    100 * bin.path("observed").asDouble()));
        }
        return md.toString();
    }

    /** Writes the table and both plots into {@code directory}. */
    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(FIGURES_MD), markdown(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(CALIBRATION_SVG), calibrationSvg(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(GAINS_SVG), gainsSvg(), StandardCharsets.UTF_8);
    }

    private String model() {
        return version.path("modelId").asString();
    }

    private int number() {
        return version.path("version").asInt();
    }

    private static List<String> ruleModels(JsonNode comparison) {
        List<String> names = new ArrayList<>();
        comparison.path("ruleModels").forEach(name -> names.add(name.asString()));
        return names;
    }

    private static void row(StringBuilder md, String figure, String value) {
        md.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static String decimal(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "%.3f", value.asDouble()) : "none";
    }
}
