package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The lead journey both end-to-end tests walk, whatever runs the suite: a visit, a demo request that makes the lead
 * an MQL, the signed webhook to its rep, the rep's rejection, and the nurturing enrolment. One copy, so the real
 * infrastructure and the embedded one are held to the same steps.
 */
final class LeadJourney {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    static final String REP_EMAIL = "riley.chen@leadflow-demo.example";

    private final SuiteClient admin;
    private final SuiteClient marketing;
    private final SuiteClient rep;
    private final WebhookReceiver webhook;

    static final String ADMIN_EMAIL = "admin@leadflow-demo.example";
    static final String MARKETING_EMAIL = "marketing@leadflow-demo.example";

    /** Who walks the journey, as the stack's identity provider must know them: an admin, marketing and the rep. */
    static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(ADMIN_EMAIL, LocalSignIn.ADMIN);
        roles.put(MARKETING_EMAIL, LocalSignIn.MARKETING);
        roles.put(REP_EMAIL, LocalSignIn.SALES_REP);
        return roles;
    }

    /** Signs in, as a user would, at the local identity provider with their passwords: admin, marketing, the rep. */
    LeadJourney(SuiteClient gateway, String identityUrl, Map<String, String> passwords, WebhookReceiver webhook) {
        this.admin = LocalSignIn.as(gateway, identityUrl, ADMIN_EMAIL, passwords.get(ADMIN_EMAIL));
        this.marketing = LocalSignIn.as(gateway, identityUrl, MARKETING_EMAIL, passwords.get(MARKETING_EMAIL));
        this.rep = LocalSignIn.as(gateway, identityUrl, REP_EMAIL, passwords.get(REP_EMAIL));
        this.webhook = webhook;
    }

    /** Marketing, signed in. */
    SuiteClient marketer() {
        return marketing;
    }

    /** An event source with a fresh API key, as marketing's tools would call the suite. */
    SuiteClient source() {
        return LocalSignIn.source(admin, "e2e " + UUID.randomUUID());
    }

    /** A lead walked through the suite: its id, and the e-mail address that is personal data. */
    record Walked(String leadId, String email) {}

    /** Walks a new lead from first visit to nurturing. */
    Walked qualifyHandOffRejectAndNurture() {
        return qualifyHandOffRejectAndNurture(
                "dana.price+" + UUID.randomUUID().toString().substring(0, 8) + "@northwind-logistics.com");
    }

    /** Walks the person with this e-mail address from first visit to nurturing. */
    Walked qualifyHandOffRejectAndNurture(String email) {
        String repId = createRep();
        SuiteClient source = source();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        SuiteClient.Answer visit = source.post(
                "/api/v1/events", engagement(email, "website_visited", "website", now.minus(Duration.ofDays(2))));
        assertThat(visit.status()).isEqualTo(202);
        String leadId = visit.body().path("leadId").asString();

        await().atMost(PATIENCE).untilAsserted(() -> {
            SuiteClient.Answer lead = marketing.get("/api/v1/leads/" + leadId);
            assertThat(lead.status()).isEqualTo(200);
            assertThat(lead.body().path("stage").asString()).isEqualTo("NEW");
            assertThat(lead.body().path("score").asInt()).isEqualTo(10);
        });

        SuiteClient.Answer demo = source.post(
                "/api/v1/events", engagement(email, "demo_requested", "contact_form", now.minus(Duration.ofHours(1))));
        assertThat(demo.status()).isEqualTo(202);
        assertThat(demo.body().path("leadId").asString())
                .as("same person, same lead")
                .isEqualTo(leadId);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode lead = marketing.get("/api/v1/leads/" + leadId).body();
            assertThat(lead.path("stage").asString()).isEqualTo("MQL");
            assertThat(lead.path("reasons").toString()).containsIgnoringCase("demo");
        });

        WebhookReceiver.Received notification = await().atMost(PATIENCE)
                .until(
                        () -> webhook.received().stream()
                                .filter(r -> r.body().contains(leadId))
                                .findFirst()
                                .orElse(null),
                        r -> r != null);
        JsonNode sent = SuiteClient.parse(notification.body());
        assertThat(sent.path("leadId").asString()).isEqualTo(leadId);
        assertThat(sent.path("rep").path("id").asString()).isEqualTo(repId);
        assertThat(sent.path("reasons").toString()).containsIgnoringCase("demo");
        assertThat(notification.header("webhook-id")).isNotBlank();
        assertThat(notification.header("webhook-signature")).startsWith("v1,");

        String handoffId = await().atMost(PATIENCE)
                .until(
                        () -> {
                            JsonNode handoffs =
                                    rep.get("/api/v1/handoffs?leadId=" + leadId).body();
                            return handoffs != null && handoffs.isArray() && !handoffs.isEmpty()
                                    ? handoffs.get(0).path("id").asString()
                                    : null;
                        },
                        id -> id != null);
        SuiteClient.Answer rejected = rep.post(
                "/api/v1/handoffs/" + handoffId + "/reject",
                "{\"reason\":\"timing\",\"note\":\"Budget opens in Q3, call back then\"}");
        assertThat(rejected.status()).isBetween(200, 204);

        await().atMost(PATIENCE).untilAsserted(() -> {
            SuiteClient.Answer enrolment = marketing.get("/api/v1/nurture/enrollments/" + leadId);
            assertThat(enrolment.status()).isEqualTo(200);
            assertThat(enrolment.body().path("status").asString()).isEqualTo("ACTIVE");
            assertThat(enrolment.body().path("reason").asString()).isEqualToIgnoringCase("timing");
            assertThat(enrolment.body().path("note").asString()).isEqualTo("Budget opens in Q3, call back then");
        });

        await().atMost(PATIENCE).untilAsserted(() -> assertNurturing(leadId));
        return new Walked(leadId, email);
    }

    /**
     * The nurtured lead asks for a demo again: nurturing recycles it, scoring makes it an MQL once more, and hand-off
     * gives it to sales again with the earlier rejection and the nurture history on the new hand-off.
     */
    void reEngageAndReturnToSales(Walked lead) {
        SuiteClient.Answer demo = source().post(
                        "/api/v1/events",
                        engagement(
                                lead.email(),
                                "demo_requested",
                                "contact_form",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        assertThat(demo.status()).isEqualTo(202);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode view = marketing.get("/api/v1/leads/" + lead.leadId()).body();
            assertThat(view.path("stage").asString()).isEqualTo("MQL");
            assertThat(stagesOf(view.path("timeline"))).containsSubsequence("REJECTED", "NURTURING", "RECYCLED", "MQL");
        });
        JsonNode again = await().atMost(PATIENCE)
                .until(
                        () -> {
                            JsonNode handoffs = rep.get("/api/v1/handoffs?leadId=" + lead.leadId())
                                    .body();
                            return handoffs != null && handoffs.isArray() && handoffs.size() == 2 ? handoffs : null;
                        },
                        found -> found != null);
        JsonNode fresh = again.get(0).path("status").asString().equals("REJECTED") ? again.get(1) : again.get(0);
        assertThat(fresh.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(fresh.path("details").path("history").toString())
                .containsIgnoringCase("timing")
                .contains("Budget opens in Q3");
        JsonNode enrolment =
                marketing.get("/api/v1/nurture/enrollments/" + lead.leadId()).body();
        assertThat(enrolment.path("status").asString()).isEqualTo("RECYCLED");
        assertThat(enrolment.path("recycleCount").asInt()).isEqualTo(1);
    }

    /** The recycled lead is with sales again, with the whole timeline of its journey kept. */
    void assertBackWithSales(String leadId) {
        JsonNode view = marketing.get("/api/v1/leads/" + leadId).body();
        assertThat(view.path("stage").asString()).isEqualTo("MQL");
        assertThat(stagesOf(view.path("timeline"))).containsExactly("MQL", "REJECTED", "NURTURING", "RECYCLED", "MQL");
    }

    /** The lead is in nurturing, with the timeline of its journey. */
    void assertNurturing(String leadId) {
        SuiteClient.Answer lead = marketing.get("/api/v1/leads/" + leadId);
        assertThat(lead.status()).isEqualTo(200);
        assertThat(lead.body().path("stage").asString()).isEqualTo("NURTURING");
        assertThat(stagesOf(lead.body().path("timeline"))).containsExactly("MQL", "REJECTED", "NURTURING");
    }

    private String createRep() {
        SuiteClient.Answer created = admin.post("/api/v1/reps", """
                {"name":"Riley Chen","email":"%s","webhookUrl":"%s","available":true}
                """.formatted(REP_EMAIL, webhook.url()));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    static String engagement(String email, String type, String channel, Instant at) {
        return """
                {"type":"%s","occurredAt":"%s","email":"%s","channel":"%s","source":"e2e","campaign":"walking-skeleton"}
                """.formatted(type, at, email, channel);
    }

    private static List<String> stagesOf(JsonNode timeline) {
        List<String> stages = new ArrayList<>();
        timeline.forEach(entry -> stages.add(entry.path("to").asString()));
        return stages;
    }
}
