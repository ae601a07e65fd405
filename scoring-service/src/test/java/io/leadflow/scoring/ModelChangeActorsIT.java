package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A model version keeps who published it and who archived it, as the gateway named them, and the API shows both:
 * against the real service and PostgreSQL, publishing v2 (which archives v1) by another person than v1's publisher.
 */
class ModelChangeActorsIT extends ScoringItSupport {

    private final String id = "actors-" + UUID.randomUUID().toString().substring(0, 8);

    /** Applies to leads of one made-up domain only, so the other ITs' leads keep the default model. */
    private String model(int points) {
        return """
                id: %s
                segment:
                  name: %s
                  priority: 9
                  filter: [{attribute: email.domain, op: equals, value: %s.example}]
                threshold: 50
                rules:
                  - {id: webinar, category: behaviour, event: {type: WEBINAR_ATTENDED}, points: %d}
                """.formatted(id, id, id, points);
    }

    @Test
    void a_versions_publisher_and_archiver_are_kept_and_shown() throws Exception {
        assertThat(call("POST", "/api/v1/scoring-models", model(20), "mia@leadflow.test")
                        .statusCode())
                .isEqualTo(201);
        assertThat(call("POST", "/api/v1/scoring-models/" + id + "/versions/1/publish", null, "mia@leadflow.test")
                        .statusCode())
                .isEqualTo(202);
        assertThat(call("POST", "/api/v1/scoring-models/" + id + "/versions", model(30), "max@leadflow.test")
                        .statusCode())
                .isEqualTo(201);
        assertThat(call("POST", "/api/v1/scoring-models/" + id + "/versions/2/publish", null, "max@leadflow.test")
                        .statusCode())
                .isEqualTo(202);

        JsonNode first = version(1);
        JsonNode second = version(2);

        assertThat(first.path("status").asString()).isEqualToIgnoringCase("archived");
        assertThat(first.path("publishedBy").asString()).isEqualTo("mia@leadflow.test");
        assertThat(first.path("archivedBy").asString()).isEqualTo("max@leadflow.test");
        assertThat(second.path("publishedBy").asString()).isEqualTo("max@leadflow.test");
        assertThat(second.path("archivedBy").isNull()).isTrue();
    }

    private JsonNode version(int version) throws Exception {
        HttpResponse<String> read =
                call("GET", "/api/v1/scoring-models/" + id + "/versions/" + version, null, "ann@leadflow.test");
        assertThat(read.statusCode()).isEqualTo(200);
        return json.readTree(read.body());
    }

    private HttpResponse<String> call(String method, String path, String yaml, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        yaml == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(yaml))
                .header(GatewayTokens.HEADER, GatewayTokens.of(user, "marketing"));
        if (yaml != null) {
            request.header("Content-Type", "application/yaml");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
