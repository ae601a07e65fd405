package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Errors that no controller raised are answered as problems too, never with Spring Boot's default error body. */
class ErrorPathIT extends ScoringItSupport {

    @Test
    void the_error_path_answers_a_problem_with_the_correlation_id_and_no_internals() throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                        .header("X-Correlation-Id", "error-path-it-1")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("content-type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://leadflow.io/problems/not-found");
        assertThat(problem.path("correlationId").asString()).isEqualTo("error-path-it-1");
        assertThat(problem.has("timestamp")).isFalse();
        assertThat(problem.has("trace")).isFalse();
        assertThat(problem.has("error")).isFalse();
    }
}
