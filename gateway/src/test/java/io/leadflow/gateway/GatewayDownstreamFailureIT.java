package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "leadflow.timeouts.per-service.nurturing.response=500ms",
            "leadflow.circuit-breaker.sliding-window-size=2",
            "leadflow.circuit-breaker.minimum-number-of-calls=2",
            "leadflow.circuit-breaker.wait-in-open-state=1h",
            "leadflow.circuit-breaker.failure-rate-threshold=100"
        })
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
class GatewayDownstreamFailureIT {

    private static final StubService NURTURING = StubService.start("nurturing");

    private final WebTestClient client;

    GatewayDownstreamFailureIT(@Autowired WebTestClient client) {
        String admin = TestStack.bearer("admin@leadflow.test", "admin");
        this.client =
                client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, admin).build();
    }

    @DynamicPropertySource
    static void pointIngestionAtAClosedPortAndNurturingAtASlowStub(DynamicPropertyRegistry registry) {
        TestStack.database(registry);
        registry.add("leadflow.services.ingestion", StubService::closedPortUrl);
        registry.add("leadflow.services.scoring", StubService::closedPortUrl);
        registry.add("leadflow.services.nurturing", NURTURING::url);
    }

    @AfterAll
    static void stopTheStub() {
        NURTURING.close();
    }

    @Test
    void a_service_that_is_down_answers_503_at_once_as_a_problem_naming_it_not_a_504_after_the_timeout() {
        client.post()
                .uri("/v1/track")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"event\":\"Signed Up\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists("X-Correlation-Id")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://leadflow.io/problems/service-unavailable")
                .jsonPath("$.title")
                .isEqualTo("Service unavailable")
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("ingestion-service"))
                .jsonPath("$.service")
                .isEqualTo("ingestion-service")
                .jsonPath("$.trace")
                .doesNotExist()
                .jsonPath("$.exception")
                .doesNotExist();
    }

    @Test
    void a_service_slower_than_its_own_response_timeout_answers_504_as_a_problem() {
        client.get()
                .uri("/api/v1/nurture/slow")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://leadflow.io/problems/service-timeout")
                .jsonPath("$.status")
                .isEqualTo(504)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .contains("nurturing-service")
                        .contains("500 ms"))
                .jsonPath("$.instance")
                .isEqualTo("/api/v1/nurture/slow");
    }

    @Test
    void other_services_keep_answering_while_one_is_down() {
        client.get()
                .uri("/api/v1/nurture/tracks")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(StubService.SERVICE_HEADER, "nurturing");
    }

    @Test
    void a_service_that_keeps_failing_trips_its_circuit_breaker_and_is_answered_503_without_being_called() {
        for (int call = 0; call < 2; call++) {
            client.get()
                    .uri("/api/v1/leads/l-" + call)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectBody()
                    .jsonPath("$.service")
                    .isEqualTo("scoring-service");
        }

        client.get()
                .uri("/api/v1/leads/l-3")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://leadflow.io/problems/service-unavailable")
                .jsonPath("$.circuit")
                .isEqualTo("open")
                .jsonPath("$.service")
                .isEqualTo("scoring-service");
        client.get().uri("/api/v1/nurture/tracks").exchange().expectStatus().isOk();
    }
}
