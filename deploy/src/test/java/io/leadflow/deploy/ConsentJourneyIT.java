package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Consent and objections across the real suite (docs/privacy.md, "Suppression and consent"): a person who
 * unsubscribed is recycled and re-enrolled without marketing's automation hearing of them until they re-subscribe
 * explicitly; a person who objected to profiling on the very event that made them hot is not handed over by score, the
 * lead's answer says why, and a rep's own sales-generated lead for them is still taken; and no log of the gateway or
 * a service names either of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsentJourneyIT {

    private static final Duration PATIENCE = LeadJourney.PATIENCE;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String UNSUBSCRIBER = "uma.unsub." + RUN + "@northwind-logistics.com";
    private static final String OBJECTOR = "otto.objects." + RUN + "@northwind-logistics.com";

    private static WebhookReceiver reps;
    private static WebhookReceiver marketingTool;
    private static LocalStack stack;
    private static SuiteClient marketing;
    private static SuiteClient rep;
    private static SuiteClient source;
    private static CanaryScan scan;
    private static String unsubscriberLead;

    @BeforeAll
    static void startTheSuite() throws Exception {
        reps = new WebhookReceiver();
        marketingTool = new WebhookReceiver();
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        Path dataDir = home.resolve("deploy/target/consent-journey");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(26080)
                .withDataDir(dataDir)
                .withFreshDatabases("leadflow_consent" + suffix + "_");
        String vhost = System.getenv("LEADFLOW_RABBIT_VHOST");
        Map<String, String> services =
                vhost == null || vhost.isBlank() ? Map.of() : Map.of("LEADFLOW_RABBIT_VHOST", vhost);
        stack = LocalStack.start(
                config,
                ConsolePeople.withRoles(LeadJourney.roles()),
                services,
                Map.of(SuiteService.NURTURING.module(), Map.of("LEADFLOW_NURTURE_WEBHOOK_URL", marketingTool.url())));
        SuiteClient gateway = SuiteClient.of(stack.gatewayUrl());
        Map<String, String> passwords = stack.people().passwords();
        SuiteClient admin = LocalSignIn.as(
                gateway, stack.identityUrl(), LeadJourney.ADMIN_EMAIL, passwords.get(LeadJourney.ADMIN_EMAIL));
        marketing = LocalSignIn.as(
                gateway, stack.identityUrl(), LeadJourney.MARKETING_EMAIL, passwords.get(LeadJourney.MARKETING_EMAIL));
        rep = LocalSignIn.as(gateway, stack.identityUrl(), LeadJourney.REP_EMAIL, passwords.get(LeadJourney.REP_EMAIL));
        source = LocalSignIn.source(admin, "consent journey " + RUN);
        SuiteClient.Answer created = admin.post("/api/v1/reps", """
                {"name":"Riley Chen","email":"%s","webhookUrl":"%s","available":true}
                """.formatted(LeadJourney.REP_EMAIL, reps.url()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        scan = new CanaryScan(config, vhost == null || vhost.isBlank() ? "/" : vhost, dataDir.resolve("logs"));
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

    @Test
    @Order(1)
    void an_unsubscriber_is_recycled_and_re_enrolled_unheard_of_until_an_explicit_re_subscription() {
        String leadId = event(UNSUBSCRIBER, "website_visited", "website", Duration.ofDays(2), "");
        unsubscriberLead = leadId;
        event(UNSUBSCRIBER, "demo_requested", "contact_form", Duration.ofHours(2), "");
        String first = openHandoff(leadId, 1);

        event(UNSUBSCRIBER, "unsubscribed", "email", Duration.ofHours(1), "");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(
                                standing(leadId).path("contactSuppressed").asBoolean())
                        .isTrue());
        reject(first);
        await().atMost(PATIENCE).until(() -> enrolment(leadId).path("status").asString(""), s -> !s.isEmpty());

        // re-engages while suppressed: recycled to sales (an unsubscribe is no objection), turned down, re-enrolled
        event(UNSUBSCRIBER, "demo_requested", "contact_form", Duration.ofMinutes(30), "");
        String second = openHandoff(leadId, 2);
        reject(second);
        await().atMost(PATIENCE)
                .until(() -> enrolment(leadId).path("status").asString(""), s -> !s.isEmpty() && !"RECYCLED".equals(s));

        SuiteClient.Answer resubscribed =
                marketing.put("/api/v1/contacts/" + leadId + "/consent", "{\"marketing\":true}");
        assertThat(resubscribed.status()).as(resubscribed.text()).isEqualTo(200);
        assertThat(resubscribed.body().path("contactSuppressed").asBoolean()).isFalse();

        event(UNSUBSCRIBER, "demo_requested", "contact_form", Duration.ofMinutes(1), "");
        await().atMost(PATIENCE).until(() -> noticesOf(leadId), types -> types.contains("lead.recycled"));
        assertThat(noticesOf(leadId))
                .as("marketing's automation heard of the person only after the re-subscription")
                .doesNotContain("nurture.enrolled")
                .containsOnlyOnce("lead.recycled");
    }

    @Test
    @Order(2)
    void an_objection_on_the_event_itself_keeps_the_person_from_a_hand_off_by_score_but_not_from_a_rep() {
        String leadId =
                event(OBJECTOR, "website_visited", "website", Duration.ofDays(1), ",\"consent\":{\"profiling\":false}");
        event(OBJECTOR, "demo_requested", "contact_form", Duration.ofMinutes(10), "");

        JsonNode lead = await().atMost(PATIENCE)
                .until(
                        () -> marketing.get("/api/v1/leads/" + leadId).body(),
                        view -> view != null && view.path("score").asInt() > 10);
        assertThat(lead.path("stage").asString()).isEqualTo("NEW");
        assertThat(lead.path("consent").path("profilingObjected").asBoolean()).isTrue();
        assertThat(lead.path("consent").path("objectedSince").asString()).isNotBlank();
        assertThat(rep.get("/api/v1/handoffs?leadId=" + leadId).body())
                .as("no hand-off by score")
                .isEmpty();
        assertThat(reps.received()).noneMatch(r -> r.body().contains(leadId));

        SuiteClient.Answer salesLead = rep.post("/api/v1/handoffs", """
                {"email":"%s","firstName":"Otto","lastName":"Objects","company":"Northwind Logistics",
                 "note":"met at the trade fair"}""".formatted(OBJECTOR));
        assertThat(salesLead.status()).as(salesLead.text()).isEqualTo(201);
        assertThat(salesLead.body().path("id").asString()).isNotBlank();
    }

    @Test
    @Order(3)
    void no_log_of_the_gateway_or_a_service_names_either_person() {
        assertThat(scan.findInLogs("GatewayApplication"))
                .as("the gateway's log is scanned")
                .contains("log:gateway.log");
        assertThat(scan.findInLogs(unsubscriberLead))
                .as("the services' logs of this run are scanned: they name the lead by its id")
                .isNotEmpty();
        assertThat(scan.findInLogs(UNSUBSCRIBER)).isEmpty();
        assertThat(scan.findInLogs(OBJECTOR)).isEmpty();
        assertThat(scan.findInLogs("@northwind-logistics.com"))
                .as("no address of the run at all")
                .isEmpty();
    }

    private static String event(String email, String type, String channel, Duration ago, String extra) {
        Instant at = Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS);
        SuiteClient.Answer sent = source.post("/api/v1/events", """
                {"type":"%s","occurredAt":"%s","email":"%s","channel":"%s","source":"e2e"%s}""".formatted(type, at, email, channel, extra));
        assertThat(sent.status()).as(sent.text()).isEqualTo(202);
        return sent.body().path("leadId").asString();
    }

    /** The id of the lead's {@code count}-th hand-off once it is assigned to the rep. */
    private static String openHandoff(String leadId, int count) {
        JsonNode handoffs = await().atMost(PATIENCE)
                .until(
                        () -> rep.get("/api/v1/handoffs?leadId=" + leadId).body(),
                        found -> found != null && found.isArray() && found.size() == count);
        for (JsonNode handoff : handoffs) {
            if ("ASSIGNED".equals(handoff.path("status").asString())) {
                return handoff.path("id").asString();
            }
        }
        throw new AssertionError("no assigned hand-off among " + handoffs);
    }

    private static void reject(String handoffId) {
        SuiteClient.Answer rejected = rep.post(
                "/api/v1/handoffs/" + handoffId + "/reject", "{\"reason\":\"timing\",\"note\":\"next quarter\"}");
        assertThat(rejected.status()).as(rejected.text()).isBetween(200, 204);
    }

    private static JsonNode standing(String leadId) {
        return marketing.get("/api/v1/contacts/" + leadId + "/consent").body();
    }

    private static JsonNode enrolment(String leadId) {
        SuiteClient.Answer answer = marketing.get("/api/v1/nurture/enrollments/" + leadId);
        return answer.status() == 200 ? answer.body() : SuiteClient.parse("{}");
    }

    private static List<String> noticesOf(String leadId) {
        return marketingTool.received().stream()
                .map(r -> SuiteClient.parse(r.body()))
                .filter(body -> leadId.equals(body.path("leadId").asString()))
                .map(body -> body.path("type").asString())
                .toList();
    }
}
