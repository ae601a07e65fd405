package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Accounts through the real RabbitMQ and PostgreSQL: marketing imports its target list, two people of a target
 * company arrive as profiles and join its account, a rule on the account's tier counts, the qualification names
 * the account and its owner for hand-off; once Jane requests a demo the account's roll-up reaches the account MQL
 * threshold (100 by default) and the account qualifies as a whole, once, announced through the outbox with the
 * people behind it. Olga, of the same company, objected to profiling: she joins the account but counts in no account
 * score and is named neither on the account's page nor in its announcement.
 */
class AccountsIT extends ScoringItSupport {

    private static final String OWNER = "0a0a0a0a-0000-4000-8000-000000000001";
    private static final String MODEL = """
            id: target-accounts
            segment:
              name: targets
              priority: 8
              filter: [{attribute: account.domain, op: equals, value: accounts-it.example}]
            threshold: 40
            rules:
              - {id: tier-1, category: fit, condition: {attribute: account.tier, op: equals, value: "1"}, points: 20}
              - {id: webinar, category: behaviour, event: {type: WEBINAR_ATTENDED}, points: 20}
              - {id: demo, category: behaviour, event: {type: DEMO_REQUESTED}, points: 50}
            """;

    @Test
    void people_of_an_imported_target_account_join_it_score_by_its_tier_and_qualify_naming_its_owner()
            throws Exception {
        HttpResponse<String> refused = post("/api/v1/accounts/import", "text/csv", "domain,name,tier\nx.example,X,7\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body())
                        .path("errors")
                        .get(0)
                        .path("rule")
                        .asString())
                .isEqualTo("tier.range");
        HttpResponse<String> imported = post("/api/v1/accounts/import", "text/csv", """
                domain,name,size,industry,country,targetAccount,tier,ownerRepId
                https://www.accounts-it.example,Accounts IT AG,1200,Software,DE,true,1,%s
                """.formatted(OWNER));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).path("created").asInt()).isEqualTo(1);
        assertThat(post("/api/v1/scoring-models", "application/yaml", MODEL).statusCode())
                .isEqualTo(201);
        assertThat(post("/api/v1/scoring-models/target-accounts/versions/1/publish", null, null)
                        .statusCode())
                .isEqualTo(202);

        LeadId jane = LeadId.newId();
        LeadId joe = LeadId.newId();
        Instant now = Instant.now();
        String correlation = "accounts-it-" + UUID.randomUUID();
        send(EventStreams.PROFILES, profile(jane, "jane@accounts-it.example", now.minusSeconds(10), correlation));
        send(EventStreams.PROFILES, profile(joe, "joe@Accounts-IT.example", now.minusSeconds(10), correlation));
        LeadId olga = LeadId.newId();
        send(
                EventStreams.CONSENT,
                new ConsentChangedEvent(
                        EventMetadata.create(ConsentChangedEvent.TYPE, 1, olga, now.minusSeconds(20), correlation),
                        false,
                        null,
                        null,
                        true,
                        now.minusSeconds(20),
                        1));
        await().atMost(PATIENCE)
                .until(() -> count("select count(*) from consent_copy where lead_id = :lead", olga) == 1);
        send(EventStreams.PROFILES, profile(olga, "olga@accounts-it.example", now.minusSeconds(10), correlation));
        await().atMost(PATIENCE)
                .until(() -> leadView(olga), v -> v != null && v.path("score").asInt() == 20);
        JsonNode joeView = await().atMost(PATIENCE)
                .until(
                        () -> leadView(joe),
                        view -> view != null && view.path("score").asInt() == 20);
        assertThat(joeView.path("model").asString()).isEqualTo("target-accounts");

        send(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        EventMetadata.create(
                                EngagementRecordedEvent.TYPE,
                                EngagementRecordedEvent.VERSION,
                                jane,
                                now.minusSeconds(5),
                                correlation),
                        EngagementType.WEBINAR_ATTENDED,
                        null,
                        Channel.WEBINAR,
                        "webinar",
                        "winter-series",
                        Map.of()));

        await().atMost(PATIENCE)
                .until(
                        () -> leadView(jane),
                        view -> view != null && "MQL".equals(view.path("stage").asString()));
        JsonNode qualified = json.readTree(jdbc.sql("select payload::text from outbox_event"
                        + " where lead_id = :lead and event_type = 'LeadQualified'")
                .param("lead", jane.value())
                .query(String.class)
                .single());
        JsonNode account = json.readTree(
                        get("/api/v1/accounts?q=accounts-it.example").body())
                .path("accounts")
                .get(0);
        assertThat(account.path("name").asString()).isEqualTo("Accounts IT AG");
        assertThat(qualified.path("accountId").asString())
                .isEqualTo(account.path("id").asString());
        assertThat(qualified.path("accountOwnerRepId").asString()).isEqualTo(OWNER);
        JsonNode view =
                json.readTree(get("/api/v1/accounts/" + account.path("id").asString() + "/view")
                        .body());
        assertThat(view.path("people").get(0).path("leadId").asString()).isEqualTo(jane.toString());
        assertThat(view.path("people").get(0).path("stage").asString()).isEqualTo("MQL");
        assertThat(view.path("people").get(1).path("score").asInt()).isEqualTo(20);
        assertThat(view.path("score").asInt()).isEqualTo(40 + 10);
        assertThat(view.path("people"))
                .as("the account's people, the objector left out")
                .hasSize(2);
        assertThat(view.toString()).doesNotContain(olga.toString(), "olga@accounts-it.example");
        assertThat(view.path("buyingCommittee").get(0).path("persona").asString())
                .isEqualTo("decision-maker");
        assertThat(view.path("buyingCommittee").get(0).path("leadIds").size()).isEqualTo(2);
        assertThat(leadView(joe).path("accountId").asString())
                .isEqualTo(account.path("id").asString());
        assertThat(leadView(joe).path("accountName").asString()).isEqualTo("Accounts IT AG");

        String accountId = account.path("id").asString();
        send(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        EventMetadata.create(
                                EngagementRecordedEvent.TYPE,
                                EngagementRecordedEvent.VERSION,
                                jane,
                                now.minusSeconds(2),
                                correlation),
                        EngagementType.DEMO_REQUESTED,
                        null,
                        Channel.CONTACT_FORM,
                        "website",
                        "winter-series",
                        Map.of()));
        JsonNode announced = await()
                .atMost(PATIENCE)
                .until(
                        () -> jdbc.sql("select payload::text from outbox_event where event_type = 'AccountQualified'"
                                        + " and payload ->> 'accountId' = :account")
                                .param("account", accountId)
                                .query(String.class)
                                .list(),
                        rows -> rows.size() == 1)
                .stream()
                .map(json::readTree)
                .findFirst()
                .orElseThrow();
        assertThat(announced.path("accountId").asString())
                .isEqualTo(account.path("id").asString());
        assertThat(announced.path("ownerRepId").asString()).isEqualTo(OWNER);
        assertThat(announced.path("tier").asInt()).isEqualTo(1);
        assertThat(announced.path("score").asInt()).isEqualTo(90 + 10);
        assertThat(announced.path("people").get(0).path("leadId").asString()).isEqualTo(jane.toString());
        assertThat(announced.path("people").get(0).path("personas").get(0).asString())
                .isEqualTo("decision-maker");
        assertThat(announced.path("people").get(1).path("leadId").asString()).isEqualTo(joe.toString());
        assertThat(announced.path("people")).hasSize(2);
        assertThat(announced.toString()).doesNotContain(olga.toString(), "olga@accounts-it.example");
        JsonNode qualification = await().atMost(PATIENCE)
                .until(
                        () -> json.readTree(get("/api/v1/accounts/"
                                                + account.path("id").asString() + "/view")
                                        .body())
                                .path("qualification"),
                        q -> q.path("qualified").asBoolean());
        assertThat(qualification.path("qualifiedScore").asInt()).isEqualTo(100);
        assertThat(qualification.path("threshold").asInt()).isEqualTo(100);
        assertThat(qualification.path("qualifications").asInt()).isEqualTo(1);
    }

    private static ProfileChangedEvent profile(LeadId lead, String email, Instant at, String correlation) {
        return new ProfileChangedEvent(
                EventMetadata.create(ProfileChangedEvent.TYPE, ProfileChangedEvent.VERSION, lead, at, correlation),
                email,
                Map.of(ProfileAttributes.JOB_TITLE, "CTO", ProfileAttributes.FREE_MAIL, "false"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(GatewayTokens.HEADER, GatewayTokens.anyone())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(GatewayTokens.HEADER, GatewayTokens.anyone())
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
