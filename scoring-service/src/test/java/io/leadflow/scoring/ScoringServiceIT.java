package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;

/**
 * The main flow through the real RabbitMQ and PostgreSQL on localhost: ingestion's events for a lead with a business
 * address who asks for a demo make the lead an MQL, visible over HTTP and announced to hand-off on lead.lifecycle.
 */
class ScoringServiceIT extends ScoringItSupport {

    @Autowired
    private ScoreEngagementUseCase scoring;

    private String lifecycleObserver;

    @BeforeEach
    void observeLeadLifecycle() {
        // a plain exclusive queue: AnonymousQueue's leader-locator argument is refused by RabbitMQ 4 classic queues
        lifecycleObserver =
                admin.declareQueue(new Queue("scoring-service-it.lifecycle." + UUID.randomUUID(), false, true, true));
        admin.declareBinding(
                new Binding(lifecycleObserver, Binding.DestinationType.QUEUE, EventStreams.LIFECYCLE, "#", null));
    }

    @AfterEach
    void stopObserving() {
        admin.deleteQueue(lifecycleObserver);
    }

    @Test
    void a_demo_request_from_a_business_address_makes_the_lead_an_mql_and_tells_hand_off() throws Exception {
        LeadId lead = LeadId.newId();
        String correlation = "scoring-it-" + UUID.randomUUID();
        Instant now = Instant.now();
        send(
                EventStreams.PROFILES,
                new ProfileChangedEvent(
                        EventMetadata.create(
                                ProfileChangedEvent.TYPE,
                                ProfileChangedEvent.VERSION,
                                lead,
                                now.minusSeconds(2),
                                correlation),
                        "jane.doe@acme-industrial.com",
                        Map.of(
                                ProfileAttributes.COMPANY_DOMAIN,
                                "acme-industrial.com",
                                ProfileAttributes.FREE_MAIL,
                                "false")));
        send(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        EventMetadata.create(
                                EngagementRecordedEvent.TYPE,
                                EngagementRecordedEvent.VERSION,
                                lead,
                                now.minusSeconds(1),
                                correlation),
                        EngagementType.DEMO_REQUESTED,
                        null,
                        Channel.CONTACT_FORM,
                        "website",
                        "autumn-launch",
                        Map.of()));

        JsonNode shown = await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null && "MQL".equals(view.path("stage").asString()));
        assertThat(shown.path("score").asInt()).isEqualTo(50);
        assertThat(shown.path("reasons").values())
                .anyMatch(reason -> reason.asString().contains("Demo requested"));
        assertThat(shown.path("timeline").get(0).path("actor").asString()).isEqualTo("scoring-service");

        LeadQualifiedEvent qualified =
                await().atMost(PATIENCE).until(() -> nextQualification(lead), event -> event != null);
        assertThat(qualified.fastTrack()).isTrue();
        assertThat(qualified.fitGrade()).isEqualTo("B");
        assertThat(qualified.metadata().correlationId()).isEqualTo(correlation);
        assertThat(qualified.reasons()).contains("Demo requested (+50)");
        assertThat(qualified.model()).isEqualTo("default");
        assertThat(qualified.segment()).isEqualTo("all");
        assertThat(qualified.channel()).isEqualTo(Channel.CONTACT_FORM);
        assertThat(qualified.source()).isEqualTo("website");
        assertThat(qualified.campaign()).isEqualTo("autumn-launch");
    }

    @Test
    void a_won_deal_heard_on_the_lifecycle_stream_shows_as_revenue_of_the_leads_campaign() throws Exception {
        LeadId lead = LeadId.newId();
        String campaign = "deal-" + UUID.randomUUID();
        String correlation = "scoring-it-" + UUID.randomUUID();
        Instant now = Instant.now();
        send(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        EventMetadata.create(
                                EngagementRecordedEvent.TYPE,
                                EngagementRecordedEvent.VERSION,
                                lead,
                                now.minusSeconds(60),
                                correlation),
                        EngagementType.DEMO_REQUESTED,
                        null,
                        Channel.CONTACT_FORM,
                        "website",
                        campaign,
                        Map.of()));
        await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null && "MQL".equals(view.path("stage").asString()));
        LifecycleStage[][] moves = {
            {LifecycleStage.MQL, LifecycleStage.SAL},
            {LifecycleStage.SAL, LifecycleStage.SQL},
            {LifecycleStage.SQL, LifecycleStage.OPPORTUNITY},
            {LifecycleStage.OPPORTUNITY, LifecycleStage.WON}
        };
        for (int i = 0; i < moves.length; i++) {
            boolean priced = moves[i][1] == LifecycleStage.OPPORTUNITY || moves[i][1] == LifecycleStage.WON;
            send(
                    EventStreams.LIFECYCLE,
                    new io.leadflow.kernel.event.LeadStageChangedEvent(
                            EventMetadata.create(
                                    io.leadflow.kernel.event.LeadStageChangedEvent.TYPE,
                                    1,
                                    lead,
                                    now.minusSeconds(40 - i * 10L),
                                    correlation),
                            moves[i][0],
                            moves[i][1],
                            "by sales",
                            "handoff-service",
                            priced ? new java.math.BigDecimal(i == 3 ? "12500.50" : "12000") : null,
                            priced ? "EUR" : null,
                            "anna@seller.example"));
        }

        String period = "from=" + now.minusSeconds(3600) + "&to=" + now.plusSeconds(3600);
        JsonNode row = await().atMost(PATIENCE)
                .until(
                        () -> {
                            JsonNode report = json.readTree(
                                    call("GET", "/api/v1/reports/funnel?by=campaign&" + period, null, null)
                                            .body());
                            return report.path("rows")
                                    .valueStream()
                                    .filter(r -> r.path("key").asString().equals(campaign))
                                    .findFirst()
                                    .orElse(null);
                        },
                        found -> found != null && found.path("won").asInt() == 1);
        assertThat(row.path("mql").asInt()).isEqualTo(1);
        assertThat(row.path("opportunity").asInt()).isEqualTo(1);
        assertThat(row.path("revenue").path("EUR").decimalValue()).isEqualByComparingTo("12500.50");
        JsonNode byRep = json.readTree(call("GET", "/api/v1/reports/funnel?by=rep&" + period, null, null)
                .body());
        assertThat(byRep.path("rows").valueStream().map(r -> r.path("key").asString()))
                .contains("anna@seller.example");
    }

    @Test
    void concurrent_buying_signals_for_one_lead_qualify_it_exactly_once_and_a_redelivery_counts_once()
            throws Exception {
        for (int round = 0; round < 5; round++) {
            LeadId lead = LeadId.newId();
            Instant at = Instant.now().minusSeconds(60);
            UUID redelivered = UUID.randomUUID();
            List<Callable<Void>> deliveries = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 8; i++) {
                UUID eventId = i < 2 ? redelivered : UUID.randomUUID();
                EngagementType type = i % 2 == 0 ? EngagementType.DEMO_REQUESTED : EngagementType.WEBSITE_VISITED;
                deliveries.add(() -> {
                    start.await();
                    scoring.scoreEngagement(new ScoreEngagementCommand(
                            eventId, lead, type, null, Channel.CONTACT_FORM, "web", null, Map.of(), at, "concurrency"));
                    return null;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Void>> done = deliveries.stream().map(pool::submit).toList();
                start.countDown();
                for (Future<Void> future : done) {
                    try {
                        future.get();
                    } catch (ExecutionException e) {
                        // the loser of the race on the same event id may fail on the unique key; the broker redelivers
                        assertThat(e.getCause()).isInstanceOf(DataAccessException.class);
                    }
                }
            } finally {
                pool.shutdown();
            }

            assertThat(count(
                            "select count(*) from outbox_event where lead_id = :lead"
                                    + " and event_type = 'LeadQualified'",
                            lead))
                    .as("qualifications in round %d", round)
                    .isEqualTo(1);
            assertThat(count("select count(*) from timeline where lead_id = :lead and to_stage = 'MQL'", lead))
                    .isEqualTo(1);
            assertThat(count("select count(*) from lead_event where lead_id = :lead", lead))
                    .isEqualTo(7);
        }
    }

    @Test
    void a_marketer_writes_a_yaml_model_is_told_exactly_what_is_wrong_publishes_it_and_leads_are_rescored()
            throws Exception {
        // an id low in PostgreSQL's uuid order: re-scoring must start below it (Java orders UUIDs signed)
        LeadId lead =
                new LeadId(UUID.fromString("0" + UUID.randomUUID().toString().substring(1)));
        Instant now = Instant.now();
        String correlation = "scoring-it-" + UUID.randomUUID();
        send(
                EventStreams.PROFILES,
                new ProfileChangedEvent(
                        EventMetadata.create(
                                ProfileChangedEvent.TYPE,
                                ProfileChangedEvent.VERSION,
                                lead,
                                now.minusSeconds(9),
                                correlation),
                        "lena@firma-nord.de",
                        Map.of(ProfileAttributes.COUNTRY, "DE")));
        send(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        EventMetadata.create(
                                EngagementRecordedEvent.TYPE,
                                EngagementRecordedEvent.VERSION,
                                lead,
                                now.minusSeconds(8),
                                correlation),
                        EngagementType.CUSTOM,
                        "booth-scan",
                        Channel.TRADE_SHOW,
                        "fair",
                        "hannover-2026",
                        Map.of()));
        // the booth scan is worth nothing under the default model: wait until it is known as the first touch
        await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null
                                && "NEW".equals(view.path("stage").asString())
                                && "hannover-2026"
                                        .equals(view.path("firstTouch")
                                                .path("campaign")
                                                .asString()));

        String model = """
                id: dach
                segment: {name: dach, priority: 5, filter: [{attribute: country, op: oneOf, values: [DE, AT, CH]}]}
                threshold: 30
                rules:
                  - {id: booth, category: behaviour, event: {customType: booth-scan}, points: 40}
                  - {id: title, category: fit, condition: {attribute: jobTitle, op: matches, pattern: "%s"}, points: 5}
                """;
        HttpResponse<String> bad =
                call("POST", "/api/v1/scoring-models", "application/yaml", model.formatted("(unclosed"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).path("field").asString()).isEqualTo("rules[1].condition.pattern");
        assertThat(call("GET", "/api/v1/scoring-models/dach", null, null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> created =
                call("POST", "/api/v1/scoring-models", "application/yaml", model.formatted("(?i).*manager.*"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).path("status").asString()).isEqualTo("DRAFT");

        HttpResponse<String> published = call("POST", "/api/v1/scoring-models/dach/versions/1/publish", null, null);
        assertThat(published.statusCode()).isEqualTo(202);
        await().atMost(PATIENCE)
                .until(
                        () -> json.readTree(call("GET", "/api/v1/scoring-models/dach/versions/1/rescoring", null, null)
                                        .body())
                                .path("finishedAt"),
                        finished -> !finished.isNull() && !finished.isMissingNode());

        JsonNode rescored = await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null && "MQL".equals(view.path("stage").asString()));
        assertThat(rescored.path("model").asString()).isEqualTo("dach");
        assertThat(rescored.path("score").asInt()).isEqualTo(40);
        assertThat(rescored.path("qualification")
                        .path("explanation")
                        .path("channel")
                        .path("campaign")
                        .asString())
                .isEqualTo("hannover-2026");

        HttpResponse<String> edit = call(
                "PUT",
                "/api/v1/scoring-models/dach/versions/1",
                "application/yaml",
                model.formatted("(?i).*director.*"));
        assertThat(edit.statusCode()).isEqualTo(409);

        HttpResponse<String> overlapping = call("POST", "/api/v1/scoring-models", "application/json", """
                {"id": "germany", "segment": {"name": "de", "priority": 5,
                   "filter": [{"attribute": "country", "op": "equals", "value": "DE"}]},
                 "threshold": 50,
                 "rules": [{"id": "visit", "category": "behaviour", "event": {"type": "WEBSITE_VISITED"},
                            "points": 10}]}""");
        assertThat(overlapping.statusCode()).isEqualTo(201);
        HttpResponse<String> refused = call("POST", "/api/v1/scoring-models/germany/versions/1/publish", null, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).path("field").asString()).isEqualTo("segment.priority");

        HttpResponse<String> list = call("GET", "/api/v1/leads?stage=MQL&segment=dach&minScore=30", null, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json.readTree(list.body()).path("leads").toString()).contains(lead.toString());

        HttpResponse<String> backtest = call(
                "POST",
                "/api/v1/scoring-models/dach/versions/1/backtest",
                "application/json",
                "{\"from\": \"" + now.minusSeconds(3600) + "\", \"to\": \"" + now.plusSeconds(3600) + "\"}");
        assertThat(backtest.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(backtest.body());
        assertThat(report.path("candidate").path("qualified").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.path("breakdown").path("campaign").toString()).contains("hannover-2026");

        HttpResponse<String> openApi = call("GET", "/v3/api-docs", null, null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/scoring-models/{modelId}/versions/{version}/backtest");

        String metrics = call("GET", "/actuator/prometheus", null, null).body();
        assertThat(metrics)
                .contains("leadflow_leads_scored_total", "leadflow_outbox_backlog")
                .containsPattern("leadflow_leads_qualified_total\\{[^}]*fast_track=\"false\"[^}]*} [1-9]");
    }

    private HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(GatewayTokens.HEADER, GatewayTokens.anyone())
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads what has reached the observer queue; the qualification of this lead, once it is there. */
    private LeadQualifiedEvent nextQualification(LeadId lead) {
        Message message;
        while ((message = rabbit.receive(lifecycleObserver)) != null) {
            Map<String, Object> headers = message.getMessageProperties().getHeaders();
            if (LeadQualifiedEvent.TYPE.equals(headers.get(MessageHeaders.EVENT_TYPE))
                    && lead.toString().equals(headers.get(MessageHeaders.LEAD_ID))) {
                return json.readValue(message.getBody(), LeadQualifiedEvent.class);
            }
        }
        return null;
    }
}
