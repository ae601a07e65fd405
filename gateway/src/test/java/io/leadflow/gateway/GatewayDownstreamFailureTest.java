package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "leadflow.timeouts.per-service.nurturing.response=500ms")
@AutoConfigureWebTestClient
class GatewayDownstreamFailureTest {

    private static final StubService NURTURING = StubService.start("nurturing");

    private final WebTestClient client;

    GatewayDownstreamFailureTest(@Autowired WebTestClient client) {
        this.client = client;
    }

    @DynamicPropertySource
    static void pointIngestionAtAClosedPortAndNurturingAtASlowStub(DynamicPropertyRegistry registry) {
        registry.add("leadflow.services.ingestion", StubService::closedPortUrl);
        registry.add("leadflow.services.nurturing", NURTURING::url);
    }

    @AfterAll
    static void stopTheStub() {
        NURTURING.close();
    }

    @Test
    void a_service_that_is_down_answers_503_at_once_as_a_problem_naming_it_not_a_504_after_the_timeout() {
        client.post().uri("/v1/track")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"event\":\"Signed Up\"}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Correlation-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://leadflow.io/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("ingestion-service"))
                .jsonPath("$.service").isEqualTo("ingestion-service")
                .jsonPath("$.trace").doesNotExist()
                .jsonPath("$.exception").doesNotExist();
    }

    @Test
    void a_service_slower_than_its_own_response_timeout_answers_504_as_a_problem() {
        client.get().uri("/api/v1/nurture/slow")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://leadflow.io/problems/service-timeout")
                .jsonPath("$.status").isEqualTo(504)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("nurturing-service").contains("500 ms"))
                .jsonPath("$.instance").isEqualTo("/api/v1/nurture/slow");
    }

    @Test
    void other_services_keep_answering_while_one_is_down() {
        client.get().uri("/api/v1/nurture/tracks")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubService.SERVICE_HEADER, "nurturing");
    }
}
