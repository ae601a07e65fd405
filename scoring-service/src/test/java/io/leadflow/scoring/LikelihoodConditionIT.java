package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.predictive.SyntheticHistory;
import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A rule model that fast-tracks on the published predictive likelihood, through HTTP, RabbitMQ and PostgreSQL: bad
 * thresholds are refused, a lead of the model's segment fast-tracks on the likelihood of the version published when
 * its engagement is scored, the explanation names that likelihood and says that a model without a published version
 * gave none, the qualification sent to hand-off carries the likelihood it was decided with, and the backtest replays
 * the same.
 */
class LikelihoodConditionIT extends ScoringItSupport {

    private static final String DOMAIN = "likely-leads.example";

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
    void a_lead_fast_tracks_on_its_likelihood_and_the_explanation_names_it() throws Exception {
        String predictive = "likely-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call("POST", "/api/v1/predictive-models", "application/json", "{\"id\":\"" + predictive + "\"}")
                        .statusCode())
                .isEqualTo(201);
        SyntheticHistory.generate(600, 37).forEach(lead -> histories.store(lead.history()));
        HttpResponse<String> trained = call("POST", "/api/v1/predictive-models/" + predictive + "/train", null, null);
        assertThat(trained.statusCode()).as(trained.body()).isEqualTo(201);
        HttpResponse<String> published =
                call("POST", "/api/v1/predictive-models/" + predictive + "/versions/1/publish", null, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        String model = """
                id: likely-buyers
                segment:
                  name: likely
                  priority: 9
                  filter: [{attribute: email.domain, op: equals, value: %s}]
                threshold: 100
                fastTrack:
                  minFitGrade: D
                  conditions: [{attribute: likelihood.%s, op: range, min: 0}]
                rules:
                  - {id: pricing, category: behaviour, event: {type: PRICING_PAGE_VISITED}, points: 10}
                  - {id: unpublished, category: fit, points: 5,
                     condition: {attribute: likelihood.never-trained, op: range, min: 10}}
                """.formatted(DOMAIN, predictive);
        HttpResponse<String> refused =
                call("POST", "/api/v1/scoring-models", "application/yaml", model.replace("min: 0}", "min: 160}"));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("field").asString()).isEqualTo("fastTrack.conditions[0].min");
        assertThat(problem.path("rule").asString()).isEqualTo("likelihood.range");
        assertThat(problem.path("line").asInt()).isEqualTo(9);
        assertThat(call("POST", "/api/v1/scoring-models", "application/yaml", model)
                        .statusCode())
                .isEqualTo(201);
        assertThat(call("POST", "/api/v1/scoring-models/likely-buyers/versions/1/publish", null, null)
                        .statusCode())
                .isEqualTo(202);

        LeadId lead = LeadId.newId();
        Instant now = Instant.now();
        String correlation = "likelihood-it-" + UUID.randomUUID();
        send(
                EventStreams.PROFILES,
                new ProfileChangedEvent(
                        EventMetadata.create(
                                ProfileChangedEvent.TYPE,
                                ProfileChangedEvent.VERSION,
                                lead,
                                now.minusSeconds(10),
                                correlation),
                        "ada@" + DOMAIN,
                        Map.of(ProfileAttributes.JOB_TITLE, "CTO", ProfileAttributes.FREE_MAIL, "false")));
        send(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        EventMetadata.create(
                                EngagementRecordedEvent.TYPE,
                                EngagementRecordedEvent.VERSION,
                                lead,
                                now.minusSeconds(9),
                                correlation),
                        EngagementType.PRICING_PAGE_VISITED,
                        null,
                        Channel.WEBSITE,
                        "web",
                        "likely",
                        Map.of()));

        JsonNode qualified = await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null && "MQL".equals(view.path("stage").asString()));
        JsonNode explanation = qualified.path("qualification").path("explanation");
        assertThat(explanation.path("modelId").asString()).isEqualTo("likely-buyers");
        assertThat(explanation.path("trigger").asString())
                .matches("Fast-track: likelihood \\d{1,3} % \\(" + predictive + " v1\\) ≥ 0 %, fit grade [A-D]");
        assertThat(qualified.path("qualification").path("lines").toString())
                .contains("no likelihood: predictive model never-trained has no published version, so ≥ 10 % is false:"
                        + " unpublished does not apply")
                .contains("(" + predictive + " v1) ≥ 0 %: fast-track");
        assertThat(count(
                        "select count(*) from outbox_event where lead_id = :lead and event_type = 'LeadQualified'",
                        lead))
                .isEqualTo(1);
        JsonNode sent = json.readTree(jdbc.sql("select payload::text from outbox_event where lead_id = :lead"
                        + " and event_type = 'LeadQualified'")
                .param("lead", lead.value())
                .query(String.class)
                .single());
        JsonNode carried = sent.path("likelihoods")
                .valueStream()
                .filter(l -> l.path("model").asString().equals(predictive))
                .findFirst()
                .orElseThrow();
        assertThat(carried.path("version").asInt()).isEqualTo(1);
        assertThat(explanation.path("trigger").asString())
                .startsWith("Fast-track: likelihood " + carried.path("percent").asInt() + " % (");
        assertThat(carried.path("reasons")).hasSizeBetween(1, 3);

        HttpResponse<String> backtest = call(
                "POST",
                "/api/v1/scoring-models/likely-buyers/versions/1/backtest",
                "application/json",
                "{\"from\":\"" + now.minusSeconds(3600) + "\",\"to\":\"" + now.plusSeconds(3600) + "\"}");
        assertThat(backtest.statusCode()).as(backtest.body()).isEqualTo(200);
        JsonNode candidate = json.readTree(backtest.body()).path("candidate");
        assertThat(candidate.path("qualified").asLong()).isEqualTo(1);
        assertThat(candidate.path("fastTracked").asLong()).isEqualTo(1);
    }

    private HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header(GatewayTokens.HEADER, GatewayTokens.of("mia@leadflow.test", "marketing"));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
