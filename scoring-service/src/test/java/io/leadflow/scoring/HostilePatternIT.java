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
 * A marketer's pattern that would backtrack exponentially on a java.util.regex engine ({@code (.*a){12}}) meets a lead
 * whose title is made to hit it: the lead is scored like any other and the leads after it are scored too.
 */
class HostilePatternIT extends ScoringItSupport {

    private static final String MODEL = """
            id: pacific
            segment: {name: pacific, priority: 3, filter: [{attribute: country, op: equals, value: NZ}]}
            threshold: 90
            rules:
              - {id: visit, category: behaviour, event: {type: WEBSITE_VISITED}, points: 10}
              - {id: title, category: fit, condition: {attribute: jobTitle, op: matches, pattern: "(.*a){12}"}, points: 5}
            """;

    @Test
    void a_title_made_to_hit_a_backtracking_pattern_is_scored_and_the_leads_after_it_are_scored_too() throws Exception {
        assertThat(call("POST", "/api/v1/scoring-models", "application/yaml", MODEL)
                        .statusCode())
                .isEqualTo(201);
        assertThat(call("POST", "/api/v1/scoring-models/pacific/versions/1/publish", null)
                        .statusCode())
                .isEqualTo(202);

        LeadId hostile = LeadId.newId();
        LeadId next = LeadId.newId();
        visit(hostile, "a".repeat(59) + "!");
        visit(next, "Head of Operations");

        JsonNode nextView = await().atMost(PATIENCE)
                .until(
                        () -> leadView(next),
                        view -> view != null
                                && "pacific".equals(view.path("model").asString()));
        assertThat(nextView.path("score").asInt()).isEqualTo(10);
        JsonNode hostileView = await().atMost(PATIENCE)
                .until(
                        () -> leadView(hostile),
                        view -> view != null
                                && "pacific".equals(view.path("model").asString()));
        assertThat(hostileView.path("score").asInt()).isEqualTo(10);
    }

    @Test
    void a_pattern_that_needs_backtracking_is_refused_at_publish_naming_the_field() throws Exception {
        HttpResponse<String> refused = call(
                "POST",
                "/api/v1/scoring-models",
                "application/yaml",
                MODEL.replace("id: pacific", "id: lookahead").replace("(.*a){12}", "(?=.*cto).*"));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("field").asString()).isEqualTo("rules[1].condition.pattern");
        assertThat(problem.path("rule").asString()).isEqualTo("pattern.unsupported");
        assertThat(call("GET", "/api/v1/scoring-models/lookahead", null).statusCode())
                .isEqualTo(404);
    }

    private void visit(LeadId lead, String jobTitle) {
        Instant now = Instant.now();
        String correlation = "hostile-pattern-it-" + UUID.randomUUID();
        send(
                EventStreams.PROFILES,
                new ProfileChangedEvent(
                        EventMetadata.create(
                                ProfileChangedEvent.TYPE, ProfileChangedEvent.VERSION, lead, now, correlation),
                        lead.value() + "@kiwi-freight.co.nz",
                        Map.of(ProfileAttributes.COUNTRY, "NZ", ProfileAttributes.JOB_TITLE, jobTitle)));
        send(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        EventMetadata.create(
                                EngagementRecordedEvent.TYPE, EngagementRecordedEvent.VERSION, lead, now, correlation),
                        EngagementType.WEBSITE_VISITED,
                        null,
                        Channel.WEBSITE,
                        "website",
                        "pacific-launch",
                        Map.of()));
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

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return call(method, path, null, body);
    }
}
