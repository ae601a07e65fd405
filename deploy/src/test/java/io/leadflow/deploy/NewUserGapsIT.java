package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a new installation's first users meet, through the gateway on the real suite: a lead that no routing rule
 * sends anywhere still reaches its rep's team on Slack with the SLA counted in that team's calendar; marketing's
 * automation hears of a rejection, and of the lead's return to sales, within seconds through its signed webhook; and a
 * lead without the title its model requires waits, visibly, until a profile update brings it.
 */
class NewUserGapsIT {

    /** "Within seconds": a bound on the wait for something that should follow a user's action at once. */
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(20);

    private static final String MARKETING_SECRET = secret("marketing automation tool's key 42");

    private static WebhookReceiver repHook;
    private static WebhookReceiver slack;
    private static WebhookReceiver marketingHook;
    private static LocalStack stack;
    private static SuiteClient admin;
    private static SuiteClient marketing;
    private static SuiteClient rep;
    private static SuiteClient source;
    private static SalesFloor floor;

    @BeforeAll
    static void startTheSuite() throws Exception {
        repHook = new WebhookReceiver();
        slack = new WebhookReceiver();
        marketingHook = new WebhookReceiver();
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(23080)
                .withDataDir(home.resolve("deploy/target/new-user-gaps"))
                .withFreshDatabases("leadflow_gaps" + suffix + "_");
        stack = LocalStack.start(
                config,
                ConsolePeople.withRoles(LeadJourney.roles()),
                Map.of(),
                Map.of(
                        "nurturing-service",
                        Map.of(
                                "LEADFLOW_NURTURE_WEBHOOK_URL",
                                marketingHook.url(),
                                "LEADFLOW_NURTURE_WEBHOOK_SECRET",
                                MARKETING_SECRET)));
        SuiteClient gateway = SuiteClient.of(stack.gatewayUrl());
        Map<String, String> passwords = stack.people().passwords();
        admin = signIn(gateway, LeadJourney.ADMIN_EMAIL, passwords);
        marketing = signIn(gateway, LeadJourney.MARKETING_EMAIL, passwords);
        rep = signIn(gateway, LeadJourney.REP_EMAIL, passwords);
        source = LocalSignIn.source(admin, "new user gaps");
        floor = SalesFloor.aroundTheClock(admin, slack.url(), repHook.url());
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
        for (WebhookReceiver receiver : new WebhookReceiver[] {repHook, slack, marketingHook}) {
            if (receiver != null) {
                receiver.close();
            }
        }
    }

    @Test
    void a_lead_routed_without_a_rule_reaches_its_teams_slack_and_gets_an_sla_on_the_teams_calendar() {
        String leadId = qualify(JourneyTeam.newContact("ada.without.rule"));

        JsonNode handoff = handoffOf(leadId);
        assertThat(handoff.path("rep").path("id").asString()).isEqualTo(floor.repId());
        assertThat(handoff.path("assignedBy").asString())
                .as("no rule named a team")
                .isEqualTo("round-robin");
        assertThat(handoff.path("details").path("teamId").asString())
                .as("the hand-off is the team of the rep who got it")
                .isEqualTo(floor.teamId());
        Instant assignedAt = Instant.parse(handoff.path("assignedAt").asString());
        Instant due = Instant.parse(handoff.path("slaDueAt").asString());
        // twelve working hours on the team's 00:00-23:59 days end twelve hours (and at most the night's minute)
        // later; on the default 09:00-17:00 calendar they would take more than a day
        assertThat(Duration.between(assignedAt, due))
                .isBetween(SalesFloor.ACCEPT_WITHIN, SalesFloor.ACCEPT_WITHIN.plusMinutes(1));

        String handoffId = handoff.path("id").asString();
        WebhookReceiver.Received posted =
                await().atMost(LeadJourney.PATIENCE).until(() -> first(slack, handoffId), found -> found != null);
        assertThat(posted.body()).contains("Owner: " + SalesFloor.REP_NAME).contains("/handoffs/" + handoffId);

        WebhookReceiver.Received assigned =
                await().atMost(LeadJourney.PATIENCE).until(() -> first(repHook, leadId), found -> found != null);
        assertThatCode(() -> assigned.verifySignature(floor.repWebhookSecret()))
                .as("the rep's webhook, signed with the secret of the rep's own endpoint")
                .doesNotThrowAnyException();
    }

    @Test
    void marketing_hears_of_a_rejection_within_seconds_and_of_the_leads_return_to_sales() {
        String email = JourneyTeam.newContact("bo.rejected");
        String leadId = qualify(email);
        String handoffId = handoffOf(leadId).path("id").asString();

        SuiteClient.Answer rejected = rep.post(
                "/api/v1/handoffs/" + handoffId + "/reject",
                "{\"reason\":\"timing\",\"note\":\"Budget opens in Q3, call back then\"}");
        assertThat(rejected.status()).as(rejected.text()).isBetween(200, 204);

        JsonNode enrolled = signedNotice("nurture.enrolled", leadId);
        assertThat(enrolled.path("reason").asString()).isEqualTo("timing");
        assertThat(enrolled.path("note").asString()).isEqualTo("Budget opens in Q3, call back then");
        assertThat(enrolled.path("source").asString()).isEqualTo("rejection");
        assertThat(enrolled.path("track").path("key").asString()).isNotBlank();

        SuiteClient.Answer demo = source.post(
                "/api/v1/events",
                LeadJourney.engagement(
                        email, "demo_requested", "contact_form", Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        assertThat(demo.status()).as(demo.text()).isEqualTo(202);

        JsonNode exited = signedNotice("nurture.exited", leadId);
        JsonNode recycled = signedNotice("lead.recycled", leadId);
        assertThat(exited.path("exitReason").asString()).isEqualTo("recycled");
        assertThat(exited.path("enrollmentId").asString())
                .isEqualTo(enrolled.path("enrollmentId").asString());
        assertThat(recycled.path("trigger").asString()).isEqualTo("buying signal: demo_requested");
        assertThat(recycled.path("recycleCount").asInt()).isEqualTo(1);
        assertThat(recycled.path("rejectionReason").asString()).isEqualTo("timing");
    }

    @Test
    void a_lead_without_a_title_waits_visibly_for_it_and_qualifies_when_a_profile_update_brings_it() {
        SuiteClient.Answer created = marketing.post("/api/v1/scoring-models", TitledLeads.model());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        SuiteClient.Answer published =
                marketing.post("/api/v1/scoring-models/" + TitledLeads.ID + "/versions/1/publish", "");
        assertThat(published.status()).as(published.text()).isEqualTo(202);

        String email = JourneyTeam.newContact("cy.untitled");
        SuiteClient.Answer contact = marketing.upsertContact(
                email, SuiteClient.json(Map.of("firstName", "Cy", "company", Map.of("name", "Northwind Logistics"))));
        assertThat(contact.status()).as(contact.text()).isEqualTo(201);
        SuiteClient.Answer webinar = source.post(
                "/api/v1/events",
                TitledLeads.webinarAttended(email, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        assertThat(webinar.status()).as(webinar.text()).isEqualTo(202);
        String leadId = webinar.body().path("leadId").asString();

        JsonNode waiting = await().atMost(LeadJourney.PATIENCE)
                .until(
                        () -> marketing.get("/api/v1/leads/" + leadId),
                        lead -> lead.status() == 200
                                && lead.body().path("score").asInt() == TitledLeads.POINTS)
                .body();
        assertThat(waiting.path("stage").asString()).isEqualTo("NEW");
        assertThat(waiting.path("model").asString()).isEqualTo(TitledLeads.ID);
        assertThat(waiting.path("needsData").toString()).isEqualTo("[\"jobTitle\"]");
        assertThat(waiting.path("reasons").get(0).asString())
                .isEqualTo("Not an MQL yet: Score 60 reached threshold 50, needs jobTitle");
        SuiteClient.Answer list = marketing.get("/api/v1/leads?needsData=true&size=200");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        assertThat(list.body()
                        .path("leads")
                        .valueStream()
                        .filter(row -> row.path("leadId").asString().equals(leadId))
                        .map(row -> row.path("needsData").toString()))
                .as("the lead in marketing's list of leads waiting for data")
                .containsExactly("[\"jobTitle\"]");
        assertThat(rep.get("/api/v1/handoffs?leadId=" + leadId).body())
                .as("nothing reached sales")
                .isEmpty();

        SuiteClient.Answer titled = marketing.upsertContact(email, SuiteClient.json(Map.of("jobTitle", "Head of IT")));
        assertThat(titled.status()).as(titled.text()).isEqualTo(200);

        JsonNode qualified = await().atMost(LeadJourney.PATIENCE)
                .until(
                        () -> marketing.get("/api/v1/leads/" + leadId).body(),
                        lead -> lead != null && "MQL".equals(lead.path("stage").asString()))
                .path("needsData");
        assertThat(qualified.isEmpty()).as("waits for nothing any more").isTrue();
        JsonNode handoff = handoffOf(leadId);
        assertThat(handoff.path("reasons").get(0).asString()).isEqualTo("Score 60 reached threshold 50");
        assertThat(handoff.path("reasons").toString()).contains("Head of IT");
    }

    /** A visit two days ago and a demo request an hour ago: the lead qualifies at once (fast-track). */
    private static String qualify(String email) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SuiteClient.Answer visit = source.post(
                "/api/v1/events",
                LeadJourney.engagement(email, "website_visited", "website", now.minus(Duration.ofDays(2))));
        assertThat(visit.status()).as(visit.text()).isEqualTo(202);
        SuiteClient.Answer demo = source.post(
                "/api/v1/events",
                LeadJourney.engagement(email, "demo_requested", "contact_form", now.minus(Duration.ofHours(1))));
        assertThat(demo.status()).as(demo.text()).isEqualTo(202);
        return demo.body().path("leadId").asString();
    }

    /** The lead's hand-off as its rep sees it, once it is assigned. */
    private static JsonNode handoffOf(String leadId) {
        return await().atMost(LeadJourney.PATIENCE)
                .until(
                        () -> {
                            JsonNode handoffs =
                                    rep.get("/api/v1/handoffs?leadId=" + leadId).body();
                            return handoffs != null && handoffs.isArray() && !handoffs.isEmpty()
                                    ? handoffs.get(0)
                                    : null;
                        },
                        found -> found != null
                                && "ASSIGNED".equals(found.path("status").asString()));
    }

    /** Marketing's notice of this type for the lead, within seconds, its signature checked; its body. */
    private static JsonNode signedNotice(String type, String leadId) {
        WebhookReceiver.Received notice = await().atMost(WITHIN_SECONDS)
                .until(
                        () -> marketingHook.received().stream()
                                .filter(r -> {
                                    JsonNode body = SuiteClient.parse(r.body());
                                    return body.path("type").asString().equals(type)
                                            && body.path("leadId").asString().equals(leadId);
                                })
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThatCode(() -> notice.verifySignature(MARKETING_SECRET))
                .as(type + " signed with marketing's key")
                .doesNotThrowAnyException();
        JsonNode body = SuiteClient.parse(notice.body());
        assertThat(body.path("noticeId").asString()).isEqualTo(notice.header("webhook-id"));
        return body;
    }

    private static WebhookReceiver.Received first(WebhookReceiver receiver, String mentioning) {
        return receiver.received().stream()
                .filter(r -> r.body().contains(mentioning))
                .findFirst()
                .orElse(null);
    }

    private static SuiteClient signIn(SuiteClient gateway, String email, Map<String, String> passwords) {
        return LocalSignIn.as(gateway, stack.identityUrl(), email, passwords.get(email));
    }

    private static String secret(String key) {
        return "whsec_" + Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
