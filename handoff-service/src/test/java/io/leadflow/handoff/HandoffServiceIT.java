package io.leadflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.kernel.event.PredictedLikelihood;
import io.leadflow.kernel.event.ProfileChangedEvent;
import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main flow against the real PostgreSQL and RabbitMQ: a rep registered through the API gets a qualified lead
 * from lead.lifecycle, their webhook receives a signed notification (retried once after a 500, with the same
 * webhook-id), and their rejection reaches lead.lifecycle as LeadRejected and LeadStageChanged. Queues use a group
 * of this run only (expiring when unused), so messages from other services' test runs cannot interfere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class HandoffServiceIT {

    private static final String GROUP = ItGroup.named("handoff-it-");
    /** The key that encrypts the reps' webhook secrets at rest, as outside a local run. */
    private static final String SECRET_KEY = Base64.getEncoder()
            .encodeToString("handoff-it-at-rest-key-0123456789".substring(0, 32).getBytes(StandardCharsets.UTF_8));
    /** Rita's webhook secret, from the answer that registered her. */
    private static volatile String ritasSecret;

    private static final String DB_URL = ItDatabase.URL;

    private static WebhookReceiver receiver;

    @Autowired
    private JsonMapper json;

    @Autowired
    private JdbcClient jdbc;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DB_URL);
        registry.add("leadflow.webhooks.secret-key", () -> SECRET_KEY);
        registry.add("leadflow.notifications.console-url", () -> "https://leadflow.example");
        registry.add("leadflow.notifications.allowed-hosts", () -> "localhost,127.0.0.1");
        registry.add("leadflow.webhooks.retry-delays", () -> "200ms");
        registry.add("leadflow.webhooks.poll-interval", () -> "100ms");
        ItGroup.receiveLifecycle(registry, GROUP);
        ItGroup.consumeAs(registry, GROUP);
    }

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = WebhookReceiver.start(1);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void a_qualified_lead_reaches_the_reps_webhook_signed_and_retried_and_the_rejection_reaches_lead_lifecycle()
            throws Exception {
        RestClient api = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(GatewayTokens.HEADER, GatewayTokens.anyone())
                .build();
        LeadId lead = LeadId.newId();
        try (RabbitProbe rabbit = new RabbitProbe(json)) {
            ResponseEntity<String> created = api.post()
                    .uri("/api/v1/reps")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"name\":\"Rita Rep\",\"email\":\"rita." + GROUP + "@seller.example\","
                            + "\"webhookUrl\":\"" + receiver.url() + "\",\"available\":true}")
                    .retrieve()
                    .toEntity(String.class);
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            String repId = json.readTree(created.getBody()).get("id").asString();
            ritasSecret = json.readTree(created.getBody()).get("webhookSecret").asString();
            assertThat(ritasSecret).startsWith("whsec_");
            assertThat(jdbc.sql("select secret from webhook_secret where rep_id = ?::uuid")
                            .param(repId)
                            .query(String.class)
                            .single())
                    .as("kept encrypted at rest")
                    .startsWith("aesgcm:")
                    .doesNotContain(ritasSecret.substring(6));
            assertThat(created.getHeaders().getLocation()).isEqualTo(URI.create("/api/v1/reps/" + repId));
            assertThat(read(api, "/api/v1/reps/" + repId).get("name").asString())
                    .isEqualTo("Rita Rep");

            rabbit.publish(
                    EventStreams.PROFILES,
                    new ProfileChangedEvent(
                            meta(ProfileChangedEvent.TYPE, lead),
                            "jane@acme.example",
                            Map.of("company.name", "Acme", "jobTitle", "CTO")));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql("select count(*) from lead_profile where lead_id = ?")
                                    .param(lead.value())
                                    .query(Integer.class)
                                    .single()
                            == 1);

            rabbit.publish(
                    EventStreams.LIFECYCLE,
                    new LeadQualifiedEvent(
                            meta(LeadQualifiedEvent.TYPE, lead),
                            "default",
                            3,
                            85,
                            "A",
                            2,
                            true,
                            List.of("demo requested", "company size 200-500"),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(new PredictedLikelihood(
                                    "win-rate", 3, 72, List.of("Demo requested 1 time: +0.93")))));

            String handoffId = theWebhookArrivesTwiceSignedWithOneId(lead, repId);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode view = read(api, "/api/v1/handoffs?leadId=" + lead).get(0);
                assertThat(view.get("id").asString()).isEqualTo(handoffId);
                assertThat(view.get("status").asString()).isEqualTo("ASSIGNED");
                assertThat(view.get("assignedBy").asString()).isEqualTo("round-robin");
                assertThat(view.get("notification").get("status").asString()).isEqualTo("delivered");
                assertThat(view.get("notification").get("attempts").asInt()).isEqualTo(2);
                assertThat(view.get("contact").get("email").asString()).isEqualTo("jane@acme.example");
                assertThat(view.get("contact").get("company").asString()).isEqualTo("Acme");
                assertThat(view.get("slaDueAt").asString())
                        .isEqualTo(view.get("details").get("acceptDueAt").asString());
                assertThat(view.get("slaBreached").asBoolean()).isFalse();
                JsonNode likelihood = view.get("details").get("likelihoods").get(0);
                assertThat(likelihood.get("model").asString()).isEqualTo("win-rate");
                assertThat(likelihood.get("percent").asInt()).isEqualTo(72);
                assertThat(likelihood.get("reasons").get(0).asString()).isEqualTo("Demo requested 1 time: +0.93");
            });

            String observer = rabbit.observe(EventStreams.LIFECYCLE, GROUP + "-observer");
            ResponseEntity<String> rejected = api.post()
                    .uri("/api/v1/handoffs/{id}/reject", handoffId)
                    .header(GatewayTokens.HEADER, GatewayTokens.of("rita." + GROUP + "@seller.example", "sales_rep"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"reason\":\"timing\",\"note\":\"call back in Q2\"}")
                    .retrieve()
                    .toEntity(String.class);
            assertThat(json.readTree(rejected.getBody()).get("status").asString())
                    .isEqualTo("REJECTED");

            List<IntegrationEvent> published = rabbit.awaitEventsFor(observer, lead, 2);
            assertThat(published)
                    .filteredOn(LeadRejectedEvent.class::isInstance)
                    .singleElement()
                    .isInstanceOfSatisfying(LeadRejectedEvent.class, e -> {
                        assertThat(e.reason()).isEqualTo(RejectionReason.TIMING);
                        assertThat(e.note()).isEqualTo("call back in Q2");
                        assertThat(e.rejectedBy()).isEqualTo(repId);
                    });
            assertThat(published)
                    .filteredOn(LeadStageChangedEvent.class::isInstance)
                    .singleElement()
                    .isInstanceOfSatisfying(LeadStageChangedEvent.class, e -> {
                        assertThat(e.from()).isEqualTo(LifecycleStage.MQL);
                        assertThat(e.to()).isEqualTo(LifecycleStage.REJECTED);
                        assertThat(e.actor()).isEqualTo("handoff-service");
                    });

            ResponseEntity<String> again = api.post()
                    .uri("/api/v1/handoffs/{id}/accept", handoffId)
                    .header(GatewayTokens.HEADER, GatewayTokens.of("rita." + GROUP + "@seller.example", ""))
                    .retrieve()
                    .onStatus(status -> true, (request, response) -> {})
                    .toEntity(String.class);
            assertThat(again.getStatusCode().value()).isEqualTo(409);
        }
    }

    @Autowired
    private io.leadflow.handoff.application.port.in.AssignHandoffUseCase assign;

    @Autowired
    private io.leadflow.handoff.application.port.in.AcceptHandoffUseCase accept;

    @Autowired
    private io.leadflow.handoff.application.port.in.FireSlaTimerUseCase fire;

    @Autowired
    private io.leadflow.handoff.application.port.in.FindHandoffQuery find;

    /**
     * The accept and the breach of its deadline take the same row lock, so whichever runs second sees the first's
     * outcome: either the rep accepted in time (no breach, no SlaBreached) or the breach reassigned the lead (the old
     * assignee's accept is refused). Ten rounds with both started together; never both, never neither.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    void an_accept_racing_its_deadline_ends_in_exactly_one_outcome() throws Exception {
        RestClient api = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(GatewayTokens.HEADER, GatewayTokens.anyone())
                .build();
        String allWeek = "{\"MONDAY\":\"00:00-23:59\",\"TUESDAY\":\"00:00-23:59\",\"WEDNESDAY\":\"00:00-23:59\","
                + "\"THURSDAY\":\"00:00-23:59\",\"FRIDAY\":\"00:00-23:59\",\"SATURDAY\":\"00:00-23:59\","
                + "\"SUNDAY\":\"00:00-23:59\"}";
        String team = json.readTree(api.post()
                        .uri("/api/v1/teams")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\":\"Race " + GROUP + "\",\"manager\":\"boss." + GROUP + "@seller.example\","
                                + "\"timeZone\":\"Europe/Berlin\",\"workingHours\":" + allWeek + "}")
                        .retrieve()
                        .body(String.class))
                .get("id")
                .asString();
        for (String name : List.of("ann", "bob")) {
            String rep = json.readTree(api.post()
                            .uri("/api/v1/reps")
                            .contentType(MediaType.APPLICATION_JSON)
                            .body("{\"name\":\"" + name + "\",\"email\":\"" + name + "." + GROUP + "@seller.example\"}")
                            .retrieve()
                            .body(String.class))
                    .get("id")
                    .asString();
            api.put()
                    .uri("/api/v1/reps/{id}", rep)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"teamId\":\"" + team + "\",\"capacity\":100}")
                    .retrieve()
                    .toBodilessEntity();
        }
        api.post()
                .uri("/api/v1/routing-rules")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"position\":1,\"name\":\"race\",\"segments\":[\"race-" + GROUP + "\"],\"teamId\":\"" + team
                        + "\"}")
                .retrieve()
                .toBodilessEntity();

        int accepted = 0;
        int breached = 0;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                LeadId lead = LeadId.newId();
                assign.assignHandoff(new io.leadflow.handoff.application.port.in.AssignHandoffCommand(
                        UUID.randomUUID(),
                        lead,
                        90,
                        true,
                        List.of("demo requested"),
                        Instant.now(),
                        "race",
                        "race-" + GROUP,
                        "CONTACT_FORM",
                        "web",
                        null,
                        "A"));
                var view = find.findHandoffsOfLead(lead).getFirst();
                assertThat(view.status()).isEqualTo("ASSIGNED");
                var id = new io.leadflow.handoff.domain.HandoffId(view.id());
                var breach = new io.leadflow.handoff.domain.SlaTimer(
                        id, io.leadflow.handoff.domain.SlaTimer.Kind.BREACH, "accept", 1, 100, Instant.now());
                var actor = new io.leadflow.handoff.application.port.in.Actor(
                        view.rep().email(), java.util.Set.of("sales_rep"));
                var go = new java.util.concurrent.CountDownLatch(1);
                var fired = pool.submit(() -> {
                    go.await();
                    return fire.fireSlaTimer(breach);
                });
                var decided = pool.submit(() -> {
                    go.await();
                    try {
                        return accept.acceptHandoff(
                                        new io.leadflow.handoff.application.port.in.AcceptHandoffCommand(id, actor))
                                .status();
                    } catch (io.leadflow.handoff.application.port.in.NotAllowedException e) {
                        return "refused";
                    }
                });
                go.countDown();
                String timer = fired.get();
                String decision = decided.get();
                int breachRows = jdbc.sql("select count(*) from sla_event where handoff_id = ? and kind = 'BREACH'")
                        .param(view.id())
                        .query(Integer.class)
                        .single();
                int breachEvents = jdbc.sql("select count(*) from outbox_event where lead_id = ? and event_type = ?")
                        .param(lead.value())
                        .param("SlaBreached")
                        .query(Integer.class)
                        .single();
                if (decision.equals("ACCEPTED")) {
                    assertThat(timer).isEqualTo("stale");
                    assertThat(breachRows + breachEvents).isZero();
                    accepted++;
                } else {
                    assertThat(decision).isEqualTo("refused");
                    assertThat(timer).isEqualTo("reassigned");
                    assertThat(breachRows).isEqualTo(1);
                    assertThat(breachEvents).isEqualTo(1);
                    assertThat(find.findHandoff(id).rep().email())
                            .isNotEqualTo(view.rep().email());
                    breached++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accepted + breached).isEqualTo(10);

        JsonNode inbox = json.readTree(api.get()
                .uri("/api/v1/handoffs?assignee=me&status=open")
                .header(GatewayTokens.HEADER, GatewayTokens.of("boss." + GROUP + "@seller.example", "sales_manager"))
                .retrieve()
                .body(String.class));
        assertThat(inbox.size()).isEqualTo(10);
        List<Instant> due = new java.util.ArrayList<>();
        inbox.forEach(h -> due.add(Instant.parse(h.get("details").get("dueAt").asString())));
        assertThat(due).isSorted();
        assertThat(inbox.get(0).get("details").get("secondsLeft").asLong()).isPositive();

        String period = "from=" + Instant.now().minusSeconds(3600) + "&to="
                + Instant.now().plusSeconds(60);
        JsonNode byTeam = json.readTree(api.get()
                .uri("/api/v1/reports/sla?by=team&" + period)
                .header(GatewayTokens.HEADER, GatewayTokens.of("admin@leadflow.test", "admin"))
                .retrieve()
                .body(String.class));
        JsonNode race = null;
        for (JsonNode row : byTeam) {
            if (team.equals(row.get("key").asString())) {
                race = row;
            }
        }
        assertThat(race).isNotNull();
        assertThat(race.get("handoffs").asLong()).isEqualTo(10);
        assertThat(race.get("accepted").asLong()).isEqualTo(accepted);
        assertThat(race.get("breaches").asLong()).isEqualTo(breached);
        JsonNode byChannel = json.readTree(api.get()
                .uri("/api/v1/reports/conversion?by=channel&" + period)
                .header(GatewayTokens.HEADER, GatewayTokens.of("admin@leadflow.test", "admin"))
                .retrieve()
                .body(String.class));
        JsonNode contactForm = null;
        for (JsonNode row : byChannel) {
            if ("CONTACT_FORM".equals(row.get("key").asString())) {
                contactForm = row;
            }
        }
        assertThat(contactForm.get("mql").asLong()).isEqualTo(10);
        assertThat(contactForm.get("sal").asLong()).isEqualTo(accepted);
        assertThat(contactForm.get("sql").asLong()).isZero();

        String metrics = api.get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics)
                .contains(
                        "leadflow_handoffs_assigned_total",
                        "leadflow_outbox_backlog",
                        "leadflow_notifications_delivered_total{application=\"handoff-service\",channel=\"webhook\"}");
        if (accepted > 0) {
            assertThat(metrics)
                    .contains("leadflow_handoffs_decided_total{application=\"handoff-service\",outcome=\"accepted\"}");
        }
        if (breached > 0) {
            assertThat(metrics).contains("leadflow_sla_breaches_total");
        }
    }

    /** The receiver answers 500 first: the same webhook-id must come again, each attempt correctly signed. */
    private String theWebhookArrivesTwiceSignedWithOneId(LeadId lead, String repId) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.requests().size() >= 2);
        List<WebhookReceiver.Request> calls = receiver.requests();
        assertThat(calls).extracting(WebhookReceiver.Request::status).startsWith(500, 200);
        assertThat(calls.get(1).webhookId()).isEqualTo(calls.get(0).webhookId());
        for (WebhookReceiver.Request call : calls) {
            assertThat(call.signature()).isEqualTo(expectedSignature(call));
            assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(call.timestamp())))
                    .isLessThan(60);
        }
        JsonNode payload = json.readTree(calls.get(1).body());
        String handoffId = payload.get("handoffId").asString();
        assertThat(payload.get("type").asString()).isEqualTo("lead.handoff.assigned");
        assertThat(payload.get("leadId").asString()).isEqualTo(lead.toString());
        assertThat(payload.get("rep").get("id").asString()).isEqualTo(repId);
        assertThat(payload.get("lead").get("email").asString()).isEqualTo("jane@acme.example");
        assertThat(payload.get("lead").get("company.name").asString()).isEqualTo("Acme");
        assertThat(payload.get("score").asInt()).isEqualTo(85);
        assertThat(List.of(
                        payload.get("reasons").get(0).asString(),
                        payload.get("reasons").get(1).asString()))
                .containsExactly("demo requested", "company size 200-500");
        assertThat(payload.get("links").get("reject").asString())
                .isEqualTo("https://leadflow.example/handoffs/" + handoffId);
        return handoffId;
    }

    /** Reads as the rep the test registered, the way the gateway would forward her request. */
    private JsonNode read(RestClient api, String uri) {
        return json.readTree(api.get()
                .uri(uri)
                .header(GatewayTokens.HEADER, GatewayTokens.of("rita." + GROUP + "@seller.example", "sales_rep"))
                .retrieve()
                .body(String.class));
    }

    private static EventMetadata meta(String type, LeadId lead) {
        return EventMetadata.create(type, 1, lead, Instant.now(), "it-" + UUID.randomUUID());
    }

    private static String expectedSignature(WebhookReceiver.Request call) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(ritasSecret.substring(6)), "HmacSHA256"));
        byte[] digest = mac.doFinal(
                (call.webhookId() + "." + call.timestamp() + "." + call.body()).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(digest);
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void a_manager_reassigns_a_waiting_hand_off_and_marks_a_rep_away_and_a_rep_may_do_neither() throws Exception {
        RestClient api = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(GatewayTokens.HEADER, GatewayTokens.anyone())
                .build();
        String boss = "lead." + GROUP + "@seller.example";
        String team = json.readTree(api.post()
                        .uri("/api/v1/teams")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\":\"Board " + GROUP + "\",\"manager\":\"" + boss + "\"}")
                        .retrieve()
                        .body(String.class))
                .get("id")
                .asString();
        List<String> reps = new java.util.ArrayList<>();
        for (String name : List.of("cleo", "dan")) {
            String rep = json.readTree(api.post()
                            .uri("/api/v1/reps")
                            .contentType(MediaType.APPLICATION_JSON)
                            .body("{\"name\":\"" + name + "\",\"email\":\"" + name + "." + GROUP + "@seller.example\"}")
                            .retrieve()
                            .body(String.class))
                    .get("id")
                    .asString();
            api.put()
                    .uri("/api/v1/reps/{id}", rep)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"teamId\":\"" + team + "\"}")
                    .retrieve()
                    .toBodilessEntity();
            reps.add(rep);
        }
        api.post()
                .uri("/api/v1/routing-rules")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"position\":1,\"name\":\"board\",\"segments\":[\"board-" + GROUP + "\"],\"teamId\":\"" + team
                        + "\"}")
                .retrieve()
                .toBodilessEntity();
        LeadId lead = LeadId.newId();
        assign.assignHandoff(new io.leadflow.handoff.application.port.in.AssignHandoffCommand(
                UUID.randomUUID(),
                lead,
                90,
                false,
                List.of("demo requested"),
                Instant.now(),
                "board",
                "board-" + GROUP,
                "CONTACT_FORM",
                "web",
                null,
                "A"));
        var view = find.findHandoffsOfLead(lead).getFirst();
        String holder = view.rep().id().toString();
        String other = reps.get(0).equals(holder) ? reps.get(1) : reps.get(0);
        String body = "{\"repId\":\"" + other + "\"}";

        int byRep = api.post()
                .uri("/api/v1/handoffs/{id}/reassign", view.id())
                .contentType(MediaType.APPLICATION_JSON)
                .header(GatewayTokens.HEADER, GatewayTokens.of(view.rep().email(), "sales_rep"))
                .body(body)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(byRep).isEqualTo(403);
        for (int attempt = 0; attempt < 2; attempt++) {
            JsonNode moved = json.readTree(api.post()
                    .uri("/api/v1/handoffs/{id}/reassign", view.id())
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(GatewayTokens.HEADER, GatewayTokens.of(boss, "sales_manager"))
                    .body(body)
                    .retrieve()
                    .body(String.class));
            assertThat(moved.get("rep").get("id").asString()).isEqualTo(other);
            assertThat(moved.get("details").get("slaState").asString()).isEqualTo("on_time");
        }
        var oldBreach = new io.leadflow.handoff.domain.SlaTimer(
                new io.leadflow.handoff.domain.HandoffId(view.id()),
                io.leadflow.handoff.domain.SlaTimer.Kind.BREACH,
                "accept",
                1,
                100,
                Instant.now());
        assertThat(fire.fireSlaTimer(oldBreach)).isEqualTo("stale");

        JsonNode away = json.readTree(api.put()
                .uri("/api/v1/reps/{id}/availability", holder)
                .contentType(MediaType.APPLICATION_JSON)
                .header(GatewayTokens.HEADER, GatewayTokens.of(boss, "sales_manager"))
                .body("{\"available\":false}")
                .retrieve()
                .body(String.class));
        assertThat(away.get("available").asBoolean()).isFalse();
        assertThat(away.get("teamId").asString()).isEqualTo(team);
        int awayByRep = api.put()
                .uri("/api/v1/reps/{id}/availability", holder)
                .contentType(MediaType.APPLICATION_JSON)
                .header(GatewayTokens.HEADER, GatewayTokens.of(view.rep().email(), "sales_manager"))
                .body("{\"available\":true}")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(awayByRep).isEqualTo(403);
    }

    /** Two people of one account qualify through RabbitMQ: both reach the account's owner, named as the rule. */
    @Test
    @org.junit.jupiter.api.Order(5)
    void a_call_straight_to_the_service_with_forged_identity_headers_or_a_bad_token_is_refused() {
        RestClient direct = RestClient.create("http://localhost:" + port);
        String uri = "/api/v1/handoffs?assignee=me&status=open";
        int forged = direct.get()
                .uri(uri)
                .header("X-LeadFlow-User", "boss." + GROUP + "@seller.example")
                .header("X-LeadFlow-Roles", "admin")
                .exchange((request, response) -> response.getStatusCode().value());
        int stranger = direct.get()
                .uri(uri)
                .header(
                        GatewayTokens.HEADER,
                        GatewayTokens.token().signedByAStranger().sign())
                .exchange((request, response) -> response.getStatusCode().value());
        int otherService = direct.get()
                .uri(uri)
                .header(
                        GatewayTokens.HEADER,
                        GatewayTokens.token().audience("scoring-service").sign())
                .exchange((request, response) -> response.getStatusCode().value());
        int expired = direct.get()
                .uri(uri)
                .header(
                        GatewayTokens.HEADER,
                        GatewayTokens.token()
                                .expiresAt(Instant.now().minusSeconds(120))
                                .sign())
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(List.of(forged, stranger, otherService, expired)).containsOnly(401);
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void two_people_of_one_account_reach_its_owner_through_the_lifecycle_stream() throws Exception {
        RestClient api = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(GatewayTokens.HEADER, GatewayTokens.anyone())
                .build();
        String owner = json.readTree(api.post()
                        .uri("/api/v1/reps")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\":\"Owen Owner\",\"email\":\"owen." + GROUP + "@seller.example\","
                                + "\"available\":true}")
                        .retrieve()
                        .body(String.class))
                .get("id")
                .asString();
        UUID account = UUID.randomUUID();
        List<LeadId> people = List.of(LeadId.newId(), LeadId.newId());
        try (RabbitProbe rabbit = new RabbitProbe(json)) {
            for (LeadId person : people) {
                rabbit.publish(
                        EventStreams.LIFECYCLE,
                        new LeadQualifiedEvent(
                                meta(LeadQualifiedEvent.TYPE, person),
                                "default",
                                3,
                                70,
                                "A",
                                2,
                                false,
                                List.of("webinar attended"),
                                null,
                                null,
                                null,
                                null,
                                account,
                                UUID.fromString(owner)));
            }
        }

        for (LeadId person : people) {
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(find.findHandoffsOfLead(person))
                            .singleElement()
                            .satisfies(handoff -> {
                                assertThat(handoff.rep().id().toString()).isEqualTo(owner);
                                assertThat(handoff.assignedBy()).isEqualTo("account-owner");
                            }));
        }
    }
}
