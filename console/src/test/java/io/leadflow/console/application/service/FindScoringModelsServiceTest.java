package io.leadflow.console.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.console.application.BacktestResult;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ModelVersion;
import io.leadflow.console.application.Rescoring;
import io.leadflow.console.application.ScoringModelDetail;
import io.leadflow.console.application.ScoringModelSummary;
import io.leadflow.console.application.port.out.ScoringModelApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindScoringModelsServiceTest {

    private static final Caller MARKETER = new Caller("m@example.com", Set.of("marketing"), "t");

    private final List<Integer> versionsRead = new ArrayList<>();
    private ScoringModelSummary model;

    private final ScoringModelApi api = new ScoringModelApi() {
        @Override
        public List<ScoringModelSummary> models(Caller caller) {
            return List.of(
                    new ScoringModelSummary("webinar", null, List.of()),
                    new ScoringModelSummary("default", 1, List.of()));
        }

        @Override
        public ScoringModelSummary model(Caller caller, String modelId) {
            return model;
        }

        @Override
        public ModelVersion version(Caller caller, String modelId, int version) {
            versionsRead.add(version);
            return new ModelVersion(modelId, version, "ANY", "v" + version);
        }

        @Override
        public ModelVersion addDraft(Caller caller, String modelId, String yaml) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ModelVersion replaceDraft(Caller caller, String modelId, int version, String yaml) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BacktestResult backtest(Caller caller, String modelId, int version, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Rescoring publish(Caller caller, String modelId, int version) {
            throw new UnsupportedOperationException();
        }
    };

    private final FindScoringModelsService service = new FindScoringModelsService(api);

    @Test
    void lists_models_by_name() {
        assertThat(service.models(MARKETER))
                .extracting(ScoringModelSummary::modelId)
                .containsExactly("default", "webinar");
    }

    @Test
    void a_model_comes_with_its_published_version_and_its_newest_draft() {
        model = new ScoringModelSummary(
                "default",
                2,
                List.of(version(1, "ARCHIVED"), version(2, "PUBLISHED"), version(3, "DRAFT"), version(4, "DRAFT")));

        ScoringModelDetail detail = service.model(MARKETER, "default");

        assertThat(detail.published()).extracting(ModelVersion::yaml).isEqualTo("v2");
        assertThat(detail.draft()).extracting(ModelVersion::yaml).isEqualTo("v4");
        assertThat(versionsRead).containsExactly(2, 4);
    }

    @Test
    void a_model_with_nothing_published_and_no_draft_reads_no_version() {
        model = new ScoringModelSummary("default", null, List.of(version(1, "ARCHIVED")));

        ScoringModelDetail detail = service.model(MARKETER, "default");

        assertThat(detail.published()).isNull();
        assertThat(detail.draft()).isNull();
        assertThat(versionsRead).isEmpty();
    }

    private static ScoringModelSummary.Version version(int number, String status) {
        return new ScoringModelSummary.Version(number, status, null, null, null);
    }
}
