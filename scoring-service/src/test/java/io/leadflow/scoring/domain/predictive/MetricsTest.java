package io.leadflow.scoring.domain.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void auc_is_1_when_every_won_lead_ranks_above_every_lost_one_and_0_when_below() {
        double[] predicted = {0.1, 0.2, 0.8, 0.9};

        assertThat(Metrics.rocAuc(predicted, new boolean[] {false, false, true, true}))
                .isEqualTo(1.0);
        assertThat(Metrics.rocAuc(predicted, new boolean[] {true, true, false, false}))
                .isEqualTo(0.0);
    }

    @Test
    void auc_counts_ties_as_half_and_pairs_out_of_order() {
        // won at 0.4 and 0.6, lost at 0.4 and 0.5: pairs (0.4 vs 0.4) = 1/2, (0.4 vs 0.5) = 0, (0.6 vs both) = 2 ->
        // 2.5/4
        double[] predicted = {0.4, 0.6, 0.4, 0.5};
        boolean[] won = {true, true, false, false};

        assertThat(Metrics.rocAuc(predicted, won)).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void auc_is_undefined_without_both_outcomes() {
        assertThat(Metrics.rocAuc(new double[] {0.2, 0.3}, new boolean[] {true, true}))
                .isNaN();
    }

    @Test
    void top_decile_lift_is_the_won_share_of_the_best_tenth_over_the_overall_won_share() {
        // 20 leads, 4 won (20 %); the top 2 by likelihood are both won (100 %): lift 5
        double[] predicted = new double[20];
        boolean[] won = new boolean[20];
        for (int i = 0; i < 20; i++) {
            predicted[i] = i / 20d;
        }
        won[19] = true;
        won[18] = true;
        won[3] = true;
        won[4] = true;

        assertThat(Metrics.topDecileLift(predicted, won)).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void calibration_gives_mean_predicted_and_observed_share_per_decile_lowest_first() {
        double[] predicted = new double[20];
        boolean[] won = new boolean[20];
        for (int i = 0; i < 20; i++) {
            predicted[19 - i] = i / 20d;
            won[19 - i] = i >= 18;
        }

        List<CalibrationBin> bins = Metrics.calibration(predicted, won);

        assertThat(bins).hasSize(10);
        assertThat(bins.getFirst()).isEqualTo(new CalibrationBin(1, 2, 0.025, 0.0));
        assertThat(bins.getLast().leads()).isEqualTo(2);
        assertThat(bins.getLast().predicted()).isCloseTo(0.925, within(1e-12));
        assertThat(bins.getLast().observed()).isEqualTo(1.0);
    }
}
