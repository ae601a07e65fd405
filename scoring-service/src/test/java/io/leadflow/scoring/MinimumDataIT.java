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
 * Minimum data for an MQL through the real RabbitMQ and PostgreSQL: a model that requires a job title keeps a lead
 * above its threshold waiting, visibly, until ingestion's profile update brings the title; then it qualifies once.
 */
class MinimumDataIT extends ScoringItSupport {

    /** Applies only to leads of one made-up domain, so that the other ITs' leads keep the default model. */
    private static final String MODEL = """
            id: named-leads
            segment:
              name: named
              priority: 7
              filter: [{attribute: email.domain, op: equals, value: named-leads.example}]
            threshold: 30
            requires: [jobTitle, company.name]
            rules:
              - {id: webinar, category: behaviour, event: {type: WEBINAR_ATTENDED}, points: 40}
            """;

    @Test
    void a_lead_without_a_title_waits_and_then_qualifies_when_the_title_arrives() throws Exception {
        HttpResponse<String> unknown =
                post("/api/v1/scoring-models", "application/yaml", MODEL.replace("company.name]", "company.motto]"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).path("field").asString()).isEqualTo("requires[1]");
        assertThat(json.readTree(unknown.body()).path("line").asInt()).isEqualTo(7);
        assertThat(post("/api/v1/scoring-models", "application/yaml", MODEL).statusCode())
                .isEqualTo(201);
        assertThat(post("/api/v1/scoring-models/named-leads/versions/1/publish", null, null)
                        .statusCode())
                .isEqualTo(202);

        LeadId lead = LeadId.newId();
        Instant now = Instant.now();
        String correlation = "minimum-data-it-" + UUID.randomUUID();
        send(EventStreams.PROFILES, profile(lead, now.minusSeconds(10), correlation, Map.of()));
        send(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        EventMetadata.create(
                                EngagementRecordedEvent.TYPE,
                                EngagementRecordedEvent.VERSION,
                                lead,
                                now.minusSeconds(9),
                                correlation),
                        EngagementType.WEBINAR_ATTENDED,
                        null,
                        Channel.WEBINAR,
                        "webinar",
                        "winter-series",
                        Map.of()));

        JsonNode waiting = await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null && view.path("score").asInt() == 40);
        assertThat(waiting.path("stage").asString()).isEqualTo("NEW");
        assertThat(waiting.path("model").asString()).isEqualTo("named-leads");
        assertThat(waiting.path("needsData").toString()).isEqualTo("[\"jobTitle\"]");
        assertThat(waiting.path("reasons").get(0).asString())
                .isEqualTo("Not an MQL yet: Score 40 reached threshold 30, needs jobTitle");
        assertThat(qualifications(lead)).isZero();
        JsonNode waitingList = json.readTree(http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/leads?needsData=true"))
                                .header(GatewayTokens.HEADER, GatewayTokens.anyone())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(waitingList
                        .path("leads")
                        .valueStream()
                        .filter(row -> row.path("leadId").asString().equals(lead.toString()))
                        .map(row -> row.path("needsData").toString()))
                .containsExactly("[\"jobTitle\"]");

        ProfileChangedEvent titled =
                profile(lead, now.minusSeconds(5), correlation, Map.of(ProfileAttributes.JOB_TITLE, "Head of IT"));
        send(EventStreams.PROFILES, titled);
        send(EventStreams.PROFILES, titled);

        JsonNode qualified = await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null && "MQL".equals(view.path("stage").asString()));
        assertThat(qualified.path("needsData").isEmpty()).isTrue();
        assertThat(qualified
                        .path("qualification")
                        .path("explanation")
                        .path("trigger")
                        .asString())
                .isEqualTo("Score 40 reached threshold 30");
        // profiles are consumed one at a time, in order: once a later profile shows, the redelivery has been handled
        send(
                EventStreams.PROFILES,
                profile(lead, now.minusSeconds(1), correlation, Map.of(ProfileAttributes.JOB_TITLE, "CIO")));
        await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null
                                && "CIO"
                                        .equals(view.path("profile")
                                                .path("jobTitle")
                                                .asString()));
        assertThat(qualifications(lead)).isEqualTo(1);
        assertThat(count("select count(*) from timeline where lead_id = :lead and to_stage = 'MQL'", lead))
                .isEqualTo(1);
    }

    private long qualifications(LeadId lead) {
        return count("select count(*) from outbox_event where lead_id = :lead and event_type = 'LeadQualified'", lead);
    }

    private static ProfileChangedEvent profile(LeadId lead, Instant at, String correlation, Map<String, String> more) {
        Map<String, String> attributes = new java.util.HashMap<>(more);
        attributes.put(ProfileAttributes.COMPANY_NAME, "Named Leads Ltd");
        attributes.put(ProfileAttributes.FREE_MAIL, "false");
        return new ProfileChangedEvent(
                EventMetadata.create(ProfileChangedEvent.TYPE, ProfileChangedEvent.VERSION, lead, at, correlation),
                "kim@named-leads.example",
                attributes);
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
