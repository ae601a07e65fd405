package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.predictive.SyntheticHistory;
import io.leadflow.scoring.predictive.SyntheticHistory.SyntheticLead;
import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The predictive score over HTTP on the real PostgreSQL: a model is created, training is refused while outcomes are
 * missing (saying how many), then trained on synthetic leads stored like real ones, published, and shown in the lead
 * view next to the rules score.
 */
class PredictiveModelIT extends ScoringItSupport {

    private static final String MODELS = "/api/v1/predictive-models";

    @Autowired
    LeadScoreRepository leads;

    @Autowired
    LeadEventStore events;

    @Autowired
    ScoringModelRepository ruleModels;

    @Autowired
    TransactionTemplate transactions;

    private StoredHistories histories;

    @BeforeEach
    void histories() {
        histories = new StoredHistories(leads, events, ruleModels, transactions, jdbc);
    }

    @AfterEach
    void forgetHistories() {
        histories.forget();
    }

    @Test
    void a_model_is_refused_training_without_outcomes_then_trained_published_and_shown_for_a_lead() throws Exception {
        String id = "win-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call("POST", MODELS, "{\"id\":\"" + id + "\",\"description\":\"won deals\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains(MODELS + "/" + id);
        assertThat(call("POST", MODELS, "{\"id\":\"" + id + "\"}").statusCode()).isEqualTo(409);
        assertThat(call("POST", MODELS, "{\"id\":\"Not An Id\"}").statusCode()).isEqualTo(400);

        long won = histories.outcomes(LifecycleStage.WON);
        long lost = histories.outcomes(LifecycleStage.LOST);
        HttpResponse<String> refused = call("POST", MODELS + "/" + id + "/train", null);
        JsonNode problem = json.readTree(refused.body());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(problem.path("type").asString()).isEqualTo("https://leadflow.io/problems/not-enough-outcomes");
        assertThat(problem.path("missingWon").asLong()).isEqualTo(Math.max(0, 30 - won));
        assertThat(problem.path("missingLost").asLong()).isEqualTo(Math.max(0, 30 - lost));
        assertThat(problem.path("detail").asString()).contains("more won and");

        List<SyntheticLead> synthetic = SyntheticHistory.generate(600, 23);
        synthetic.forEach(lead -> histories.store(lead.history()));

        HttpResponse<String> trained = call("POST", MODELS + "/" + id + "/train", null);
        assertThat(trained.statusCode()).as(trained.body()).isEqualTo(201);
        JsonNode version = json.readTree(trained.body());
        assertThat(version.path("version").asInt()).isEqualTo(1);
        assertThat(version.path("status").asString()).isEqualTo("DRAFT");
        assertThat(version.path("trainedBy").asString()).isEqualTo("mia@leadflow.test");
        assertThat(version.path("evaluation").path("holdOutLeads").asInt()).isGreaterThanOrEqualTo(120);
        assertThat(version.path("evaluation").path("auc").asDouble()).isGreaterThan(0.6);
        assertThat(version.path("evaluation").path("calibration")).hasSize(10);
        // every published rule model takes part (other tests may have published more than the default)
        assertThat(version.path("evaluation")
                        .path("comparison")
                        .path("ruleModels")
                        .toString())
                .contains("\"default v1\"");
        assertThat(version.path("features").toString()).contains("count:PRICING_PAGE_VISITED");

        HttpResponse<String> published = call("POST", MODELS + "/" + id + "/versions/1/publish", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json.readTree(published.body()).path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(call("POST", MODELS + "/" + id + "/versions/1/publish", null).statusCode())
                .isEqualTo(409);
        assertThat(call("GET", MODELS + "/" + id + "/versions/7", null).statusCode())
                .isEqualTo(404);

        JsonNode view = leadView(synthetic.getFirst().history().leadId());
        JsonNode likelihood = null;
        for (JsonNode candidate : view.path("likelihoods")) {
            if (candidate.path("model").asString().equals(id)) {
                likelihood = candidate;
            }
        }
        assertThat(likelihood).as(view.toString()).isNotNull();
        assertThat(likelihood.path("percent").asInt()).isBetween(0, 100);
        assertThat(likelihood.path("reasons").get(0).path("text").asString()).matches(".+: [+-]\\d\\.\\d\\d");
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header(GatewayTokens.HEADER, GatewayTokens.of("mia@leadflow.test", "marketing"));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
