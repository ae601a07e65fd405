package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PredictiveModel;
import io.leadflow.console.application.PredictiveVersion;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientPredictiveModelApiTest {

    private static final Caller MARKETER = new Caller("m@example.com", Set.of("marketing"), "the-persons-token");

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientPredictiveModelApi api = new RestClientPredictiveModelApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));

    @Test
    void reads_a_version_with_its_evaluation_as_scoring_answers_it() {
        gateway.expect(requestTo("http://gateway.test/api/v1/predictive-models/win-rate/versions/2"))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess("""
                        {"modelId":"win-rate","version":2,"status":"DRAFT","trainedAt":"2026-11-20T02:30:00Z",
                         "trainedBy":"schedule","publishedAt":null,"publishedBy":null,"archivedBy":null,
                         "features":["count:DEMO_REQUESTED"],
                         "evaluation":{"trainingLeads":400,"trainingWon":80,"holdOutLeads":100,"holdOutWon":20,
                           "holdOutPercent":20,"holdOutFrom":"2026-10-01T00:00:00Z","auc":0.81,"topDecileLift":3.5,
                           "calibration":[{"decile":1,"leads":10,"predicted":0.02,"observed":0.0}],
                           "comparison":{"leads":100,"wonDeals":20,"salesThresholdPercent":50,"predictiveWonSent":15,
                             "predictiveMqls":30,"rulesWonSent":12,"rulesMqls":44,"ruleModels":["default v1"]}}}
                        """, MediaType.APPLICATION_JSON));

        PredictiveVersion version = api.version(MARKETER, "win-rate", 2);

        assertThat(version.draft()).isTrue();
        assertThat(version.evaluation().auc()).isEqualTo(0.81);
        assertThat(version.evaluation().calibration().getFirst().predicted()).isEqualTo(0.02);
        assertThat(version.evaluation().comparison().ruleModels()).containsExactly("default v1");
        gateway.verify();
    }

    @Test
    void creates_a_model_with_its_id_and_description_in_the_body() {
        gateway.expect(requestTo("http://gateway.test/api/v1/predictive-models"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"id\":\"win-rate\",\"description\":\"Won deals\"}"))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(
                                "{\"id\":\"win-rate\",\"description\":\"Won deals\",\"createdAt\":\"2026-11-20T00:00:00Z\","
                                        + "\"createdBy\":\"m@example.com\",\"versions\":[]}"));

        PredictiveModel model = api.create(MARKETER, "win-rate", "Won deals");

        assertThat(model.id()).isEqualTo("win-rate");
        assertThat(model.versions()).isEmpty();
        gateway.verify();
    }

    @Test
    void a_cold_start_refusal_carries_the_missing_won_and_lost_outcomes() {
        gateway.expect(requestTo("http://gateway.test/api/v1/predictive-models/win-rate/train"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.CONFLICT)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"type":"https://leadflow.io/problems/not-enough-outcomes","status":409,
                                 "detail":"training needs 12 more won and 0 more lost outcomes (known: 18 won, 44 lost)",
                                 "won":18,"lost":44,"missingWon":12,"missingLost":0,"field":"outcomes",
                                 "rule":"outcomes.minimum"}
                                """));

        ApiRefusal refusal = catchThrowableOfType(ApiRefusal.class, () -> api.train(MARKETER, "win-rate"));

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.figures())
                .containsEntry("missingWon", 12.0)
                .containsEntry("missingLost", 0.0)
                .containsEntry("won", 18.0)
                .doesNotContainKey("status");
        assertThat(refusal.fields()).containsKey("outcomes");
    }
}
