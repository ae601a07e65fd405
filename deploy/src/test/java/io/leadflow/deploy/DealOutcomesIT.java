package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.traffic.HubSpotWebhook;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * From first touch to revenue, through the gateway on the real suite: a lead becomes an MQL, its rep accepts and
 * qualifies it and records the won deal through the API; another lead's deal is won in HubSpot, whose signed webhook
 * reaches the hand-off service on a public path, and HubSpot later corrects that deal's amount alone; and marketing's
 * funnel report shows both leads' campaign turning into revenue (at the corrected amount, also in the reporting
 * currency), while an SQL that never closed is listed as such.
 */
class DealOutcomesIT {

    private static final String HUBSPOT_SECRET = "hubspot-app-client-secret-for-this-suite";
    private static final String HUBSPOT_PATH = HubSpotWebhook.PATH;
    private static final String CAMPAIGN =
            "revenue-" + UUID.randomUUID().toString().substring(0, 8);

    private static LocalStack stack;
    private static WebhookReceiver repHook;
    private static WebhookReceiver slack;
    private static SuiteClient anonymous;
    private static SuiteClient admin;
    private static SuiteClient marketing;
    private static SuiteClient rep;
    private static SuiteClient source;

    @BeforeAll
    static void startTheSuite() throws Exception {
        repHook = new WebhookReceiver();
        slack = new WebhookReceiver();
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(32080)
                .withDataDir(home.resolve("deploy/target/deal-outcomes"))
                .withFreshDatabases("leadflow_deals" + suffix + "_");
        stack = LocalStack.start(
                config,
                ConsolePeople.withRoles(LeadJourney.roles()),
                Map.of(),
                Map.of(
                        "handoff-service",
                        Map.of(
                                "LEADFLOW_CRM_HUBSPOT_CLIENT_SECRET",
                                HUBSPOT_SECRET,
                                "LEADFLOW_CRM_HUBSPOT_WEBHOOK_URL",
                                config.gatewayUrl() + HUBSPOT_PATH,
                                "LEADFLOW_CRM_RETRY_PENDING_EVERY",
                                "2s")));
        anonymous = SuiteClient.of(stack.gatewayUrl());
        Map<String, String> passwords = stack.people().passwords();
        admin = signIn(anonymous, LeadJourney.ADMIN_EMAIL, passwords);
        marketing = signIn(anonymous, LeadJourney.MARKETING_EMAIL, passwords);
        rep = signIn(anonymous, LeadJourney.REP_EMAIL, passwords);
        source = LocalSignIn.source(admin, "deal outcomes");
        SalesFloor.aroundTheClock(admin, slack.url(), repHook.url());
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
        for (WebhookReceiver receiver : new WebhookReceiver[] {repHook, slack}) {
            if (receiver != null) {
                receiver.close();
            }
        }
    }

    @Test
    void two_leads_won_one_through_the_api_and_one_in_hubspot_show_as_revenue_of_their_campaign() {
        String apiEmail = JourneyTeam.newContact("dana.won.by.api");
        String apiLead = qualify(apiEmail);
        String apiHandoff = acceptAndQualify(apiLead);

        JsonNode opened = ok(rep.post(
                "/api/v1/handoffs/" + apiHandoff + "/outcome",
                "{\"outcome\":\"opened\",\"amount\":20000,\"currency\":\"EUR\"}"));
        assertThat(opened.path("stage").asString()).isEqualTo("OPPORTUNITY");
        String won = "{\"outcome\":\"won\",\"amount\":21500,\"currency\":\"EUR\"}";
        assertThat(ok(rep.post("/api/v1/handoffs/" + apiHandoff + "/outcome", won))
                        .path("stage")
                        .asString())
                .isEqualTo("WON");
        assertThat(ok(rep.post("/api/v1/handoffs/" + apiHandoff + "/outcome", won))
                        .path("stage")
                        .asString())
                .as("the same outcome again answers the same")
                .isEqualTo("WON");
        SuiteClient.Answer conflict =
                rep.post("/api/v1/handoffs/" + apiHandoff + "/outcome", "{\"outcome\":\"won\",\"amount\":1}");
        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);
        assertThat(conflict.body().path("field").asString()).isEqualTo("amount");

        String crmEmail = JourneyTeam.newContact("eli.won.in.hubspot");
        String crmLead = qualify(crmEmail);
        String crmHandoff = acceptAndQualify(crmLead);
        String deal = hubspotStageChange(crmEmail, "closedwon", "9000");

        SuiteClient.Answer forged = anonymous.post(HUBSPOT_PATH, deal, hubspotHeaders("a guessed secret", deal));
        assertThat(forged.status()).as(forged.text()).isEqualTo(401);
        assertThat(rep.get("/api/v1/handoffs/" + crmHandoff)
                        .body()
                        .path("stage")
                        .asString())
                .isEqualTo("SQL");

        SuiteClient.Answer signed = anonymous.post(HUBSPOT_PATH, deal, hubspotHeaders(HUBSPOT_SECRET, deal));
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        assertThat(signed.body().get(0).path("status").asString()).isEqualTo("applied");
        assertThat(rep.get("/api/v1/handoffs/" + crmHandoff)
                        .body()
                        .path("stage")
                        .asString())
                .isEqualTo("WON");

        Instant from = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant to = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode row = await().atMost(LeadJourney.PATIENCE)
                .until(
                        () -> campaignRow(from, to),
                        found -> found != null && found.path("won").asInt() == 2);
        assertThat(row.path("mql").asInt()).isEqualTo(2);
        assertThat(row.path("sql").asInt()).isEqualTo(2);
        assertThat(row.path("opportunity").asInt()).isEqualTo(2);
        assertThat(row.path("revenue").path("EUR").decimalValue()).isEqualByComparingTo("30500");

        String repriced = hubspotAmountChange(crmEmail, "9750.50");
        for (int delivery = 0; delivery < 2; delivery++) {
            SuiteClient.Answer amount =
                    anonymous.post(HUBSPOT_PATH, repriced, hubspotHeaders(HUBSPOT_SECRET, repriced));
            assertThat(amount.status()).as(amount.text()).isEqualTo(200);
            assertThat(amount.body().get(0).path("status").asString()).isEqualTo("applied");
        }
        JsonNode repricedRow = await().atMost(LeadJourney.PATIENCE)
                .until(
                        () -> campaignRow(from, to),
                        found -> found != null
                                && found.path("revenue")
                                                .path("EUR")
                                                .decimalValue()
                                                .compareTo(new java.math.BigDecimal("31250.50"))
                                        == 0);
        assertThat(repricedRow.path("won").asInt())
                .as("the amount changed, not the stage")
                .isEqualTo(2);
        assertThat(repricedRow.path("inReportingCurrency").path("currency").asString())
                .isEqualTo("EUR");
        assertThat(repricedRow.path("inReportingCurrency").path("amount").decimalValue())
                .isEqualByComparingTo("31250.50");
        assertThat(repricedRow.path("inReportingCurrency").path("withoutRate")).isEmpty();

        SuiteClient.Answer byChannel =
                marketing.get("/api/v1/reports/funnel?from=" + from + "&to=" + to + "&by=channel");
        assertThat(byChannel.status()).as(byChannel.text()).isEqualTo(200);
        assertThat(byChannel
                        .body()
                        .path("rows")
                        .valueStream()
                        .filter(r -> r.path("key").asString().equalsIgnoreCase("website"))
                        .map(r -> r.path("revenue").path("EUR").decimalValue().intValue()))
                .as("both leads came in through the website: its revenue")
                .containsExactly(31250);
    }

    @Test
    void a_deal_of_a_contact_leadflow_does_not_know_is_kept_and_listed_for_admins() {
        String stranger = "stranger-" + UUID.randomUUID() + "@elsewhere.example";
        String deal = hubspotStageChange(stranger, "closedwon", "500");

        SuiteClient.Answer answer = anonymous.post(HUBSPOT_PATH, deal, hubspotHeaders(HUBSPOT_SECRET, deal));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.body().get(0).path("status").asString()).isEqualTo("unmatched");
        JsonNode unmatched = admin.get("/api/v1/crm/deals?status=unmatched").body();
        assertThat(unmatched.valueStream().map(d -> d.path("email").asString())).contains(stranger);
        assertThat(marketing.get("/api/v1/crm/deals").status()).isEqualTo(403);
    }

    @Test
    void an_sql_that_never_closes_is_listed_with_its_campaign() {
        String lead = qualify(JourneyTeam.newContact("fay.still.thinking"));
        acceptAndQualify(lead);
        Instant from = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant to = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

        JsonNode stalled = await().atMost(LeadJourney.PATIENCE)
                .until(
                        () -> marketing
                                .get("/api/v1/reports/funnel/stalled?from=" + from + "&to=" + to)
                                .body()
                                .valueStream()
                                .filter(r -> r.path("leadId").asString().equals(lead))
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThat(stalled.path("campaign").asString()).isEqualTo(CAMPAIGN);
        assertThat(stalled.path("stage").asString()).isEqualTo("SQL");
        assertThat(stalled.path("rep").asString()).isEqualTo(LeadJourney.REP_EMAIL);
    }

    private static JsonNode campaignRow(Instant from, Instant to) {
        SuiteClient.Answer report = marketing.get("/api/v1/reports/funnel?from=" + from + "&to=" + to + "&by=campaign");
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        return report.body()
                .path("rows")
                .valueStream()
                .filter(r -> r.path("key").asString().equals(CAMPAIGN))
                .findFirst()
                .orElse(null);
    }

    /** A visit two days ago and a demo request an hour ago, both of the campaign: the lead qualifies at once. */
    private static String qualify(String email) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ok(source.post(
                "/api/v1/events", engagement(email, "website_visited", "website", now.minus(Duration.ofDays(2)))));
        return ok(source.post(
                        "/api/v1/events",
                        engagement(email, "demo_requested", "website", now.minus(Duration.ofHours(1)))))
                .path("leadId")
                .asString();
    }

    private static String engagement(String email, String type, String channel, Instant at) {
        return """
                {"type":"%s","occurredAt":"%s","email":"%s","channel":"%s","source":"e2e","campaign":"%s"}
                """.formatted(type, at, email, channel, CAMPAIGN);
    }

    /** The rep accepts the lead's hand-off and qualifies it with BANT: SQL. */
    private static String acceptAndQualify(String leadId) {
        JsonNode handoff = await().atMost(LeadJourney.PATIENCE)
                .until(
                        () -> {
                            JsonNode list =
                                    rep.get("/api/v1/handoffs?leadId=" + leadId).body();
                            return list != null && list.isArray() && !list.isEmpty() ? list.get(0) : null;
                        },
                        found -> found != null
                                && "ASSIGNED".equals(found.path("status").asString()));
        String id = handoff.path("id").asString();
        ok(rep.post("/api/v1/handoffs/" + id + "/accept", ""));
        JsonNode sql = ok(rep.post("/api/v1/handoffs/" + id + "/qualify", """
                {"budget":"approved","authority":"CFO signs","need":"replace spreadsheets","timeline":"this quarter",
                 "amount":20000,"currency":"EUR"}"""));
        assertThat(sql.path("stage").asString()).isEqualTo("SQL");
        return id;
    }

    private static String hubspotStageChange(String email, String stage, String amount) {
        long eventId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        return HubSpotWebhook.stageChange(eventId + 7, eventId, email, stage, Long.parseLong(amount));
    }

    /** HubSpot's event for a change of the deal's amount alone (its stage stays). */
    private static String hubspotAmountChange(String email, String amount) {
        long eventId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        return """
                [{"eventId":%d,"subscriptionId":26,"portalId":33,"appId":1160452,"occurredAt":%d,
                  "subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":%d,"changeSource":"CRM",
                  "propertyName":"amount","propertyValue":"%s",
                  "properties":{"email":{"value":"%s"},"deal_currency_code":"EUR"}}]""".formatted(eventId, Instant.now().toEpochMilli(), eventId + 7, amount, email);
    }

    /** HubSpot's v3 signature of this POST to the public webhook URL. */
    private static Map<String, String> hubspotHeaders(String secret, String body) {
        return new HubSpotWebhook(anonymous, stack.gatewayUrl() + HUBSPOT_PATH, secret).headers(body, Instant.now());
    }

    private static JsonNode ok(SuiteClient.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isBetween(200, 202);
        return answer.body();
    }

    private static SuiteClient signIn(SuiteClient gateway, String email, Map<String, String> passwords) {
        return LocalSignIn.as(gateway, stack.identityUrl(), email, passwords.get(email));
    }
}
