package io.leadflow.scoring.adapter.out.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leadflow.scoring.application.port.out.predictive.LikelihoodModel;
import io.leadflow.scoring.domain.predictive.PredictiveSettings;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The real native library: it learns a simple rule, its trees survive a round trip, its contributions add up. */
class XgboostTrainerTest {

    private final XgboostTrainer trainer = new XgboostTrainer();

    @Test
    void learns_which_column_decides_and_reloaded_trees_predict_the_same() {
        Random random = new Random(7);
        int rows = 400;
        float[] matrix = new float[rows * 2];
        float[] labels = new float[rows];
        for (int i = 0; i < rows; i++) {
            matrix[2 * i] = random.nextFloat();
            matrix[2 * i + 1] = i % 10 == 0 ? Float.NaN : random.nextFloat();
            labels[i] = matrix[2 * i] > 0.5f ? 1f : 0f;
        }

        LikelihoodModel model = trainer.train(matrix, 2, labels, PredictiveSettings.defaults());
        float[] probe = {0.9f, 0.3f, 0.1f, 0.3f};
        double[] predicted = model.predict(probe, 2);
        LikelihoodModel reloaded = trainer.load(model.trees());

        assertThat(predicted[0]).isGreaterThan(0.9);
        assertThat(predicted[1]).isLessThan(0.1);
        assertThat(reloaded.predict(probe, 2)).containsExactly(predicted, within(1e-6));
    }

    @Test
    void contributions_and_base_add_up_to_the_log_odds_of_the_likelihood() {
        Random random = new Random(11);
        int rows = 300;
        float[] matrix = new float[rows * 3];
        float[] labels = new float[rows];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = random.nextFloat();
        }
        for (int i = 0; i < rows; i++) {
            labels[i] = matrix[3 * i] + matrix[3 * i + 1] > 1f ? 1f : 0f;
        }
        LikelihoodModel model = trainer.train(matrix, 3, labels, PredictiveSettings.defaults());
        float[] row = {0.8f, 0.7f, 0.2f};

        double[] contributions = model.contributions(row);
        double probability = model.predict(row, 1)[0];

        assertThat(contributions).hasSize(4);
        double sum = 0;
        for (double c : contributions) {
            sum += c;
        }
        assertThat(sum).isCloseTo(Math.log(probability / (1 - probability)), within(1e-3));
        assertThat(Math.abs(contributions[2])).isLessThan(Math.abs(contributions[0]));
    }

    @Test
    void trains_on_rows_that_were_all_lost_and_predicts_a_low_likelihood() {
        float[] matrix = {0.1f, 0.4f, 0.7f, 0.9f};
        float[] labels = {0f, 0f, 0f, 0f};

        LikelihoodModel model = trainer.train(matrix, 1, labels, PredictiveSettings.defaults());

        assertThat(model.predict(new float[] {0.5f}, 1)[0]).isLessThan(0.5);
    }
}
