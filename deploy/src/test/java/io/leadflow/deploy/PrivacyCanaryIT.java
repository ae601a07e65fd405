package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The right to be forgotten, end to end (docs/privacy.md): a canary person with a unique e-mail and name walks the
 * whole journey, asks for their data, and is erased through the API; afterwards their e-mail and name are in no
 * column of any table of any database of the suite, in no queue or dead-letter queue, and in no log file. Reps and
 * marketing's automation are told with signed {@code lead.erased} webhooks. An erasure asked for while a service is
 * down waits for it and completes once it is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivacyCanaryIT {

    private static final String OFFICER = "dpo@leadflow-demo.example";
    private static final Duration PATIENCE = LeadJourney.PATIENCE;
    private static final List<String> SERVICES =
            List.of("ingestion-service", "scoring-service", "handoff-service", "nurturing-service");

    private static WebhookReceiver reps;
    private static WebhookReceiver marketingTool;
    private static LocalStack stack;
    private static SuiteClient gateway;
    private static CanaryScan scan;
    private static LateEvents late;

    @BeforeAll
    static void startTheSuite() throws Exception {
        reps = new WebhookReceiver();
        marketingTool = new WebhookReceiver();
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        Path dataDir = home.resolve("deploy/target/privacy-canary");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(29080)
                .withDataDir(dataDir)
                .withFreshDatabases("leadflow_canary" + suffix + "_");
        Map<String, String> roles = new LinkedHashMap<>(LeadJourney.roles());
        roles.put(OFFICER, "privacy_officer");
        Map<String, String> services = new LinkedHashMap<>();
        String vhost = System.getenv("LEADFLOW_RABBIT_VHOST");
        if (vhost != null && !vhost.isBlank()) {
            services.put("LEADFLOW_RABBIT_VHOST", vhost);
        }
        stack = LocalStack.start(
                config,
                ConsolePeople.withRoles(roles),
                services,
                Map.of(SuiteService.NURTURING.module(), Map.of("LEADFLOW_NURTURE_WEBHOOK_URL", marketingTool.url())));
        gateway = SuiteClient.of(stack.gatewayUrl());
        scan = new CanaryScan(config, vhost == null || vhost.isBlank() ? "/" : vhost, dataDir.resolve("logs"));
        late = new LateEvents(config, vhost == null || vhost.isBlank() ? "/" : vhost);
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
        if (reps != null) {
            reps.close();
        }
        if (marketingTool != null) {
            marketingTool.close();
        }
    }

    private static SuiteClient as(String email) {
        return LocalSignIn.as(
                gateway, stack.identityUrl(), email, stack.people().passwords().get(email));
    }

    @Test
    @Order(1)
    void an_erased_canary_is_found_in_no_database_queue_or_log_and_comes_back_as_a_new_lead_without_history() {
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = "canary." + token + "@northwind-logistics.com";
        String lastName = "Canarysson" + token;
        LeadJourney journey =
                new LeadJourney(gateway, stack.identityUrl(), stack.people().passwords(), reps);
        SuiteClient officer = as(OFFICER);

        SuiteClient.Answer profile = journey.marketer()
                .upsertContact(
                        email,
                        SuiteClient.json(
                                Map.of("firstName", "Wren", "lastName", lastName, "jobTitle", "Head of Logistics")));
        assertThat(profile.status()).as(profile.text()).isBetween(200, 201);
        LeadJourney.Walked walked = journey.qualifyHandOffRejectAndNurture(email);
        assertThat(scan.find(lastName))
                .as("the canary is in the suite before the erasure")
                .isNotEmpty();

        // the person asks for their data first: every service's part, assembled
        SuiteClient.Answer export = officer.post("/api/v1/privacy/exports", SuiteClient.json(Map.of("email", email)));
        assertThat(export.status()).as(export.text()).isEqualTo(202);
        String exportId = export.body().path("id").asString();
        JsonNode document = await().atMost(PATIENCE)
                .until(
                        () -> officer.get("/api/v1/privacy/exports/" + exportId).body(),
                        body -> "COMPLETED".equals(body.path("status").asString()))
                .path("document");
        for (String service : SERVICES) {
            assertThat(document.path("services").has(service))
                    .as(service + "'s part")
                    .isTrue();
        }
        assertThat(document.path("services").path("ingestion-service").toString())
                .contains(email)
                .contains(lastName);
        assertThat(document.path("services").path("scoring-service").toString()).contains(walked.leadId());
        assertThat(document.path("services").path("handoff-service").toString()).contains("Budget opens in Q3");
        assertThat(document.path("services")
                        .path("nurturing-service")
                        .path("enrollments")
                        .toString())
                .contains(walked.leadId());

        SuiteClient.Answer erasure = officer.post("/api/v1/privacy/erasures", SuiteClient.json(Map.of("email", email)));
        assertThat(erasure.status()).as(erasure.text()).isEqualTo(202);
        assertThat(erasure.text()).doesNotContain(email);
        String erasureId = erasure.body().path("id").asString();
        JsonNode done = await().atMost(PATIENCE)
                .until(
                        () -> officer.get("/api/v1/privacy/erasures/" + erasureId)
                                .body(),
                        body -> "COMPLETED".equals(body.path("status").asString()));
        assertThat(done.path("services").findValuesAsString("service")).containsExactlyElementsOf(SERVICES);
        done.path("services").forEach(s -> {
            assertThat(s.path("status").asString()).isEqualTo("DONE");
            assertThat(s.path("doneAt").asString()).isNotBlank();
        });
        assertThat(officer.get("/api/v1/privacy/exports/" + exportId).status())
                .as("the export went with the person")
                .isEqualTo(404);

        // the rep's tool and marketing's automation are told, signed, with the lead id only
        WebhookReceiver.Received toRep =
                await().atMost(PATIENCE).until(() -> erased(reps, walked.leadId()), r -> r != null);
        assertThat(toRep.header("webhook-signature")).startsWith("v1,");
        WebhookReceiver.Received toMarketing =
                await().atMost(PATIENCE).until(() -> erased(marketingTool, walked.leadId()), r -> r != null);
        assertThat(toMarketing.header("webhook-signature")).startsWith("v1,");

        // the reports still count the hand-off and the rejection, with nobody behind them
        assertThat(journey.marketer().get("/api/v1/leads/" + walked.leadId()).status())
                .isEqualTo(404);
        assertThat(journey.marketer()
                        .get("/api/v1/nurture/enrollments/" + walked.leadId())
                        .status())
                .isEqualTo(404);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(scan.find(email)).as("places that still hold the e-mail").isEmpty();
            assertThat(scan.find(lastName))
                    .as("places that still hold the name")
                    .isEmpty();
        });

        // messages about the erased lead that come late (or are re-driven) bring nothing back
        List<String> holdingTheId = placesOf(walked.leadId());
        late.sendAbout(walked.leadId(), email, lastName, PATIENCE);
        assertThat(scan.find(email))
                .as("places holding the e-mail after the late events")
                .isEmpty();
        assertThat(scan.find(lastName))
                .as("places holding the name after the late events")
                .isEmpty();
        assertThat(placesOf(walked.leadId()))
                .as("places naming the erased lead's id (the request, the notices, the tombstones) are the same")
                .isEqualTo(holdingTheId);

        // the person comes back: a new lead, no history
        SuiteClient.Answer back = journey.source()
                .post(
                        "/api/v1/events",
                        LeadJourney.engagement(
                                email,
                                "website_visited",
                                "website",
                                Instant.now().minusSeconds(60)));
        assertThat(back.status()).isEqualTo(202);
        String newLead = back.body().path("leadId").asString();
        assertThat(newLead).isNotEqualTo(walked.leadId());
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode lead = journey.marketer().get("/api/v1/leads/" + newLead).body();
            assertThat(lead.path("stage").asString()).isEqualTo("NEW");
            assertThat(lead.path("score").asInt()).isEqualTo(10);
        });
    }

    @Test
    @Order(2)
    void an_erasure_asked_for_while_nurturing_is_down_stays_pending_and_completes_once_it_is_back() {
        String email = "canary.down." + UUID.randomUUID().toString().substring(0, 8) + "@northwind-logistics.com";
        LeadJourney journey =
                new LeadJourney(gateway, stack.identityUrl(), stack.people().passwords(), reps);
        SuiteClient admin = as(LeadJourney.ADMIN_EMAIL);
        SuiteClient.Answer visit = journey.source()
                .post(
                        "/api/v1/events",
                        LeadJourney.engagement(
                                email,
                                "website_visited",
                                "website",
                                Instant.now().minusSeconds(60)));
        assertThat(visit.status()).isEqualTo(202);
        String leadId = visit.body().path("leadId").asString();
        await().atMost(PATIENCE)
                .until(() -> journey.marketer().get("/api/v1/leads/" + leadId).status() == 200);

        stack.faults().kill(SuiteService.NURTURING.module());
        try {
            SuiteClient.Answer erasure =
                    admin.post("/api/v1/privacy/erasures", SuiteClient.json(Map.of("email", email)));
            assertThat(erasure.status()).as(erasure.text()).isEqualTo(202);
            String id = erasure.body().path("id").asString();
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode status = admin.get("/api/v1/privacy/erasures/" + id).body();
                assertThat(statusOf(status, "scoring-service")).isEqualTo("DONE");
                assertThat(statusOf(status, "handoff-service")).isEqualTo("DONE");
            });
            JsonNode waiting = admin.get("/api/v1/privacy/erasures/" + id).body();
            assertThat(waiting.path("status").asString()).isEqualTo("PENDING");
            assertThat(statusOf(waiting, "nurturing-service")).isEqualTo("PENDING");

            stack.faults().restart(SuiteService.NURTURING.module());
            await().atMost(PATIENCE.multipliedBy(2)).untilAsserted(() -> {
                JsonNode status = admin.get("/api/v1/privacy/erasures/" + id).body();
                assertThat(status.path("status").asString()).isEqualTo("COMPLETED");
                assertThat(statusOf(status, "nurturing-service")).isEqualTo("DONE");
            });
        } finally {
            stack.faults().restart(SuiteService.NURTURING.module());
        }
        assertThat(journey.marketer().get("/api/v1/leads/" + leadId).status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void only_admins_and_privacy_officers_may_erase_and_the_address_must_be_one() {
        SuiteClient marketing = as(LeadJourney.MARKETING_EMAIL);
        assertThat(marketing
                        .post("/api/v1/privacy/erasures", SuiteClient.json(Map.of("email", "x@example.com")))
                        .status())
                .isEqualTo(403);
        SuiteClient.Answer bad =
                as(OFFICER).post("/api/v1/privacy/erasures", SuiteClient.json(Map.of("email", "not-an-address")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asString()).isEqualTo("email");
    }

    /** Where the suite's databases and queues name this text (log lines are not compared: they name lead ids). */
    private static List<String> placesOf(String text) {
        return scan.find(text).stream()
                .filter(place -> !place.startsWith("log:"))
                .toList();
    }

    private static WebhookReceiver.Received erased(WebhookReceiver receiver, String leadId) {
        return receiver.received().stream()
                .filter(r -> r.body().contains("\"lead.erased\"") && r.body().contains(leadId))
                .findFirst()
                .orElse(null);
    }

    private static String statusOf(JsonNode request, String service) {
        for (JsonNode s : request.path("services")) {
            if (service.equals(s.path("service").asString())) {
                return s.path("status").asString();
            }
        }
        return "missing";
    }
}
