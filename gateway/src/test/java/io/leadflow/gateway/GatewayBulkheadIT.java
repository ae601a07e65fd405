package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** More calls in flight to one service than the gateway lets through: the rest are told to come back, as problems. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "leadflow.circuit-breaker.max-concurrent-calls=2")
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
class GatewayBulkheadIT {

    private final WebTestClient client;

    GatewayBulkheadIT(@Autowired WebTestClient client) {
        String admin = TestStack.bearer("admin@leadflow.test", "admin");
        this.client = client.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, admin)
                .responseTimeout(TestStack.PATIENCE)
                .build();
    }

    @DynamicPropertySource
    static void pointTheGatewayAtTheStubs(DynamicPropertyRegistry registry) {
        TestStack.everything(registry);
    }

    @Test
    void calls_beyond_the_limit_in_flight_are_answered_503_as_a_problem_and_never_500() throws Exception {
        List<EntityExchangeResult<String>> answers = TestStack.inParallel(
                6,
                i -> client.get()
                        .uri("/api/v1/nurture/slow/" + i)
                        .exchange()
                        .expectBody(String.class)
                        .returnResult());

        assertThat(answers)
                .extracting(answer -> answer.getStatus().value())
                .containsOnly(200, 503)
                .contains(200, 503);
        assertThat(answers)
                .filteredOn(answer -> answer.getStatus().value() == 503)
                .allSatisfy(answer -> assertThat(answer.getResponseBody())
                        .contains("\"bulkhead\":\"full\"")
                        .contains("nurturing-service"));
    }
}
