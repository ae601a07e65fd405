package io.leadflow.console.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ListPaging;
import io.leadflow.console.application.PredictiveModel;
import io.leadflow.console.application.PredictiveVersion;
import io.leadflow.console.application.PrivacyRequest;
import io.leadflow.console.application.PrivacyRequestList;
import io.leadflow.console.application.port.out.PredictiveModelApi;
import io.leadflow.console.application.port.out.PrivacyApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The privacy and predictive-model services against in-memory fakes of the API. */
class PrivacyAndPredictiveServicesTest {

    private static final Caller OFFICER = new Caller("dpo@example.com", Set.of("privacy_officer"), "t");

    private final List<String> asked = new ArrayList<>();

    private final PrivacyApi privacy = new PrivacyApi() {
        @Override
        public PrivacyRequest request(Caller caller, String kind, String email) {
            asked.add(kind + " " + email);
            return new PrivacyRequest(UUID.randomUUID(), kind, "PENDING", null, null, null, List.of(), null);
        }

        @Override
        public PrivacyRequestList recent(Caller caller, String kind, int page, int size) {
            asked.add(kind + "s page " + page + " of " + size);
            return new PrivacyRequestList(List.of(), new ListPaging(page, size, 0));
        }

        @Override
        public PrivacyRequest find(Caller caller, String kind, UUID id) {
            throw new IllegalStateException("not used");
        }
    };

    private final PredictiveModelApi predictive = new PredictiveModelApi() {
        @Override
        public List<PredictiveModel> models(Caller caller) {
            return List.of(aModel("win-rate", 1, 3, 2), aModel("churn", 1));
        }

        @Override
        public PredictiveModel model(Caller caller, String modelId) {
            return aModel(modelId, 2, 1);
        }

        @Override
        public PredictiveVersion version(Caller caller, String modelId, int version) {
            return aVersion(modelId, version);
        }

        @Override
        public PredictiveModel create(Caller caller, String modelId, String description) {
            asked.add("create '" + modelId + "' '" + description + "'");
            return aModel(modelId);
        }

        @Override
        public PredictiveVersion train(Caller caller, String modelId) {
            return aVersion(modelId, 4);
        }

        @Override
        public PredictiveVersion publish(Caller caller, String modelId, int version) {
            return aVersion(modelId, version);
        }

        @Override
        public PredictiveVersion archive(Caller caller, String modelId, int version) {
            return aVersion(modelId, version);
        }
    };

    private static PredictiveVersion aVersion(String modelId, int version) {
        return new PredictiveVersion(modelId, version, "DRAFT", null, null, null, null, null, List.of(), null);
    }

    private static PredictiveModel aModel(String id, int... versions) {
        List<PredictiveVersion> list = new ArrayList<>();
        for (int v : versions) {
            list.add(aVersion(id, v));
        }
        return new PredictiveModel(id, null, null, null, list);
    }

    @Test
    void a_request_sends_the_address_as_typed_without_surrounding_spaces() {
        new HandlePrivacyRequestsService(privacy).request(OFFICER, "export", "  wren@northwind.example ");

        assertThat(asked).containsExactly("export wren@northwind.example");
    }

    @Test
    void the_recent_requests_come_twenty_a_page_and_a_negative_page_is_the_first() {
        var service = new HandlePrivacyRequestsService(privacy);

        service.recent(OFFICER, "erasure", -3);
        service.recent(OFFICER, "export", 2);

        assertThat(asked).containsExactly("erasures page 0 of 20", "exports page 2 of 20");
    }

    @Test
    void a_kind_that_is_neither_erasure_nor_export_is_refused_before_the_api_is_asked() {
        assertThatThrownBy(() -> new HandlePrivacyRequestsService(privacy).request(OFFICER, "deletion", "a@b.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void models_come_by_id_with_their_versions_newest_first() {
        List<PredictiveModel> models = new PredictiveModelsService(predictive).models(OFFICER);

        assertThat(models).extracting(PredictiveModel::id).containsExactly("churn", "win-rate");
        assertThat(models.get(1).versions())
                .extracting(PredictiveVersion::version)
                .containsExactly(3, 2, 1);
        assertThat(new PredictiveModelsService(predictive)
                        .model(OFFICER, "churn")
                        .versions())
                .extracting(PredictiveVersion::version)
                .containsExactly(2, 1);
    }

    @Test
    void a_new_model_is_sent_with_its_id_and_description_trimmed() {
        new PredictiveModelsService(predictive).create(OFFICER, " win-rate ", " Won deals ");

        assertThat(asked).containsExactly("create 'win-rate' 'Won deals'");
    }
}
