package io.leadflow.scoring.application.port.out.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.predictive.CalibrationBin;
import io.leadflow.scoring.domain.predictive.Comparison;
import io.leadflow.scoring.domain.predictive.Evaluation;
import io.leadflow.scoring.domain.predictive.Feature;
import io.leadflow.scoring.domain.predictive.FeatureSpace;
import io.leadflow.scoring.domain.predictive.PredictiveModel;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link PredictiveModelRepository} keeps, whether in memory or in PostgreSQL. */
public abstract class PredictiveModelRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    protected abstract PredictiveModelRepository models();

    private static PredictiveModel model(String id) {
        return new PredictiveModel(id, "deals won", T0, "mia");
    }

    private static PredictiveVersion trained(String modelId, Double auc) {
        FeatureSpace space = new FeatureSpace(List.of(
                new Feature(Feature.Kind.NUMBER, "company.employees", null),
                new Feature(Feature.Kind.CATEGORY, "seniority", "vp"),
                new Feature(Feature.Kind.COUNT, "PRICING_PAGE_VISITED", null)));
        Evaluation evaluation = new Evaluation(
                80,
                30,
                20,
                8,
                20,
                T0.minusSeconds(3600),
                auc,
                auc == null ? null : 2.5,
                List.of(new CalibrationBin(1, 10, 0.12, 0.1), new CalibrationBin(2, 10, 0.7, 0.7)),
                new Comparison(20, 8, 50, 6, 9, 4, 12, List.of("default v1")));
        return new PredictiveVersion(modelId, 0, ModelStatus.DRAFT, T0, "mia", space, evaluation, null, null, null);
    }

    @Test
    void a_model_id_is_created_once_and_models_are_listed_by_id() {
        assertThat(models().create(model("win-b"))).isTrue();
        assertThat(models().create(model("win-a"))).isTrue();
        assertThat(models().create(new PredictiveModel("win-a", "again", T0, "leo")))
                .isFalse();

        assertThat(models().models()).extracting(PredictiveModel::id).containsExactly("win-a", "win-b");
        assertThat(models().model("win-a")).contains(model("win-a"));
        assertThat(models().model("nope")).isEmpty();
        assertThat(models().lock("win-a")).contains(model("win-a"));
    }

    @Test
    void versions_are_numbered_per_model_and_read_back_with_columns_evaluation_and_trees() {
        models().create(model("win"));
        models().create(model("other"));

        PredictiveVersion first = models().add(trained("win", 0.81), new byte[] {1, 2, 3});
        PredictiveVersion second = models().add(trained("win", null), new byte[] {4, 5});
        PredictiveVersion elsewhere = models().add(trained("other", 0.7), new byte[] {6});

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(elsewhere.version()).isEqualTo(1);
        PredictiveVersion expected = trained("win", 0.81);
        assertThat(models().version("win", 1).orElseThrow())
                .usingRecursiveComparison()
                .ignoringFields("version")
                .isEqualTo(expected);
        assertThat(models().version("win", 2).orElseThrow().evaluation().auc()).isNull();
        assertThat(models().trees("win", 1)).containsExactly(1, 2, 3);
        assertThat(models().trees("win", 2)).containsExactly(4, 5);
        assertThat(models().versions("win"))
                .extracting(PredictiveVersion::version)
                .containsExactly(1, 2);
        assertThat(models().version("win", 3)).isEmpty();
    }

    @Test
    void a_published_version_is_listed_until_it_is_archived() {
        models().create(model("win"));
        PredictiveVersion version = models().add(trained("win", 0.8), new byte[] {1});

        models().update(version.published(T0.plusSeconds(60), "mia"));

        assertThat(models().published()).singleElement().satisfies(published -> {
            assertThat(published.status()).isEqualTo(ModelStatus.PUBLISHED);
            assertThat(published.publishedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(published.publishedBy()).isEqualTo("mia");
        });

        models().update(models().version("win", 1).orElseThrow().archived("leo"));

        assertThat(models().published()).isEmpty();
        assertThat(models().version("win", 1).orElseThrow().archivedBy()).isEqualTo("leo");
    }
}
