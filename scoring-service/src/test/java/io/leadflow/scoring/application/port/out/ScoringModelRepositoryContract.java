package io.leadflow.scoring.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ModelStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link ScoringModelRepository} does, whether it keeps model versions in memory or in PostgreSQL. */
public abstract class ScoringModelRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    protected abstract ScoringModelRepository models();

    private static Object document(String id, int threshold) {
        return Models.document("""
                id: %s
                segment: {name: dach, priority: 5, filter: [{attribute: country, op: oneOf, values: [DE, AT, CH]}]}
                threshold: %d
                rules:
                  - {id: visit, category: behaviour, event: {type: WEBSITE_VISITED}, points: 20}
                """.formatted(id, threshold));
    }

    @Test
    void a_new_version_is_a_draft_kept_with_its_document_as_written() {
        Object document = document("germany", 20);

        models().insert("germany", 1, document, T0);

        ModelVersionView draft =
                new ModelVersionView("germany", 1, ModelStatus.DRAFT, document, T0, null, null, null, null);
        assertThat(models().find("germany", 1)).contains(draft);
        assertThat(models().versions("germany")).containsExactly(draft);
        assertThat(models().modelIds()).containsExactly("germany");
        assertThat(models().model("germany", 1)).contains(ModelDocument.parse(document, 1));
        assertThat(models().published()).isEmpty();
    }

    @Test
    void a_model_never_drafted_has_no_versions() {
        models().insert("germany", 1, document("germany", 20), T0);

        assertThat(models().find("germany", 2)).isEmpty();
        assertThat(models().find("france", 1)).isEmpty();
        assertThat(models().versions("france")).isEmpty();
        assertThat(models().model("france", 1)).isEmpty();
    }

    @Test
    void a_version_is_stored_once() {
        models().insert("germany", 1, document("germany", 20), T0);

        assertThatThrownBy(() -> models().insert("germany", 1, document("germany", 30), T0.plusSeconds(1)))
                .isInstanceOf(RuntimeException.class);

        assertThat(models().find("germany", 1).orElseThrow().document()).isEqualTo(document("germany", 20));
    }

    @Test
    void only_a_drafts_document_is_replaced() {
        models().insert("germany", 1, document("germany", 20), T0);
        models().setStatus("germany", 1, ModelStatus.PUBLISHED, T0.plusSeconds(10), "mia@leadflow.test");
        models().insert("germany", 2, document("germany", 25), T0.plusSeconds(20));

        models().replaceDraft("germany", 1, document("germany", 99), T0.plusSeconds(30));
        models().replaceDraft("germany", 2, document("germany", 30), T0.plusSeconds(30));

        assertThat(models().find("germany", 1).orElseThrow().document()).isEqualTo(document("germany", 20));
        assertThat(models().find("germany", 2).orElseThrow().document()).isEqualTo(document("germany", 30));
        assertThat(models().model("germany", 2).orElseThrow().threshold()).isEqualTo(30);
    }

    @Test
    void a_published_version_is_scored_with_until_it_is_archived_and_keeps_both_times() {
        models().insert("germany", 1, document("germany", 20), T0);
        models().setStatus("germany", 1, ModelStatus.PUBLISHED, T0.plusSeconds(10), "mia@leadflow.test");

        assertThat(models().published()).containsExactly(ModelDocument.parse(document("germany", 20), 1));

        models().setStatus("germany", 1, ModelStatus.ARCHIVED, T0.plusSeconds(20), "max@leadflow.test");

        assertThat(models().published()).isEmpty();
        assertThat(models().find("germany", 1))
                .contains(new ModelVersionView(
                        "germany",
                        1,
                        ModelStatus.ARCHIVED,
                        document("germany", 20),
                        T0,
                        T0.plusSeconds(10),
                        T0.plusSeconds(20),
                        "mia@leadflow.test",
                        "max@leadflow.test"));
    }

    @Test
    void a_model_has_at_most_one_published_version() {
        models().insert("germany", 1, document("germany", 20), T0);
        models().insert("germany", 2, document("germany", 30), T0);
        models().setStatus("germany", 1, ModelStatus.PUBLISHED, T0.plusSeconds(10), "mia@leadflow.test");

        assertThatThrownBy(() -> models().setStatus(
                                "germany", 2, ModelStatus.PUBLISHED, T0.plusSeconds(20), "admin@leadflow.test"))
                .isInstanceOf(RuntimeException.class);

        assertThat(models().published()).extracting(model -> model.version()).containsExactly(1);
    }

    @Test
    void versions_are_listed_oldest_first_and_models_alphabetically() {
        models().insert("germany", 2, document("germany", 30), T0);
        models().insert("austria", 1, document("austria", 20), T0);
        models().insert("germany", 1, document("germany", 20), T0);
        models().insert("germany", 3, document("germany", 40), T0);
        models().setStatus("germany", 3, ModelStatus.PUBLISHED, T0, "admin@leadflow.test");
        models().setStatus("austria", 1, ModelStatus.PUBLISHED, T0, "admin@leadflow.test");

        assertThat(models().versions("germany"))
                .extracting(ModelVersionView::version)
                .containsExactly(1, 2, 3);
        assertThat(models().modelIds()).containsExactly("austria", "germany");
        assertThat(models().published())
                .extracting(model -> model.id() + " v" + model.version())
                .containsExactly("austria v1", "germany v3");
    }
}
