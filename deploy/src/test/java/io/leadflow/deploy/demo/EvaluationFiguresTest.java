package io.leadflow.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

class EvaluationFiguresTest {

    /** A version as the API answers it: ten deciles of 20 leads, the top decile winning 12 of them. */
    private static JsonNode version() {
        List<Map<String, Object>> calibration = new ArrayList<>();
        int[] wonPerDecile = {0, 1, 1, 2, 2, 3, 4, 6, 9, 12};
        for (int decile = 1; decile <= 10; decile++) {
            calibration.add(Map.of(
                    "decile",
                    decile,
                    "leads",
                    20,
                    "predicted",
                    decile / 11.0,
                    "observed",
                    wonPerDecile[decile - 1] / 20.0));
        }
        return SuiteClient.parse(SuiteClient.json(Map.of(
                "modelId",
                "win-rate",
                "version",
                3,
                "evaluation",
                Map.of(
                        "trainingLeads",
                        800,
                        "trainingWon",
                        190,
                        "holdOutLeads",
                        200,
                        "holdOutWon",
                        40,
                        "auc",
                        0.8123,
                        "topDecileLift",
                        3.0,
                        "calibration",
                        calibration,
                        "comparison",
                        Map.of(
                                "wonDeals",
                                40,
                                "salesThresholdPercent",
                                50,
                                "predictiveWonSent",
                                21,
                                "predictiveMqls",
                                40,
                                "rulesWonSent",
                                30,
                                "rulesMqls",
                                150,
                                "ruleModels",
                                List.of("default v1"))))));
    }

    private final EvaluationFigures figures = new EvaluationFigures(version(), 0.8345, 200);

    @Test
    void the_table_shows_the_versions_figures_next_to_the_propensitys_auc() {
        assertThat(figures.markdown())
                .contains("| ROC AUC on the hold-out | 0.812 |")
                .contains("| AUC of the generator's hidden propensity on the same leads | 0.835 (200 leads) |")
                .contains("| lift in the top decile | 3.000 |")
                .contains("| won deals sent to sales by the likelihood (>= 50 %) | 21 of 40 leads sent |")
                .contains("| won deals sent to sales by the rules (default v1) | 30 of 150 MQLs |")
                .contains("| 10 | 20 | 90.9 % | 60.0 % |");
    }

    @Test
    void the_gains_curve_climbs_from_the_most_likely_decile_to_every_won_deal() throws Exception {
        List<Element> points = SvgChartTest.elements(SvgChartTest.parse(figures.gainsSvg()), "circle");

        assertThat(points).hasSize(11);
        // the top decile holds 12 of the 40 won deals: 10 % of the leads, 30 % of the deals
        assertThat(points.get(1).getAttribute("cx") + "," + points.get(1).getAttribute("cy"))
                .isEqualTo("116.0,274.0");
        assertThat(points.getLast().getAttribute("cx") + "," + points.getLast().getAttribute("cy"))
                .isEqualTo("530.0,50.0");
    }

    @Test
    void writes_the_table_and_both_plots(@TempDir Path directory) throws Exception {
        figures.writeTo(directory);

        assertThat(Files.readString(directory.resolve(EvaluationFigures.FIGURES_MD)))
                .isEqualTo(figures.markdown());
        assertThat(SvgChartTest.elements(
                        SvgChartTest.parse(Files.readString(directory.resolve(EvaluationFigures.CALIBRATION_SVG))),
                        "circle"))
                .hasSize(10);
        assertThat(Files.readString(directory.resolve(EvaluationFigures.GAINS_SVG)))
                .startsWith("<svg");
    }

    @Test
    void the_auc_counts_ties_as_half() {
        assertThat(EvaluationFigures.rocAuc(
                        new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, true}))
                .isEqualTo(1.0);
        assertThat(EvaluationFigures.rocAuc(new double[] {0.9, 0.1}, new boolean[] {false, true}))
                .isEqualTo(0.0);
        assertThat(EvaluationFigures.rocAuc(new double[] {0.5, 0.5, 0.5}, new boolean[] {true, false, false}))
                .isEqualTo(0.5);
    }
}
