package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Tiny buckets refilled only hourly, so a few requests exhaust them without any waiting or timing. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "leadflow.rate-limits.user.capacity=3", "leadflow.rate-limits.user.period=1h",
            "leadflow.rate-limits.api-key.capacity=2", "leadflow.rate-limits.api-key.period=1h"
        })
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
class RateLimitIT {

    private final WebTestClient client;

    RateLimitIT(@Autowired WebTestClient client) {
        this.client = client;
    }

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.database(registry);
        TestStack.SERVICES.forEach((name, stub) -> registry.add("leadflow.services." + name, stub::url));
    }

    @Test
    void a_person_over_their_limit_gets_429_with_retry_after_while_others_go_on() {
        String rep = TestStack.bearer("busy.rep@leadflow.test", "sales_rep");
        String other = TestStack.bearer("calm.rep@leadflow.test", "sales_rep");

        for (int remaining = 2; remaining >= 0; remaining--) {
            client.get()
                    .uri("/api/v1/leads")
                    .header(HttpHeaders.AUTHORIZATION, rep)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals("RateLimit-Limit", "3")
                    .expectHeader()
                    .valueEquals("RateLimit-Remaining", Integer.toString(remaining));
        }
        client.get()
                .uri("/api/v1/leads")
                .header(HttpHeaders.AUTHORIZATION, rep)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value(
                        HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                .expectHeader()
                .valueEquals("RateLimit-Remaining", "0")
                .expectHeader()
                .doesNotExist(StubService.SERVICE_HEADER)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://leadflow.io/problems/rate-limited");

        client.get()
                .uri("/api/v1/leads")
                .header(HttpHeaders.AUTHORIZATION, other)
                .exchange()
                .expectStatus()
                .isOk();
        client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body)
                        .containsPattern(
                                "leadflow_gateway_ratelimit_rejected_total\\{[^}]*caller=\"user\"[^}]*} 1\\.0"));
    }

    @Test
    void an_api_key_has_its_own_limit() {
        String admin = TestStack.bearer("limits.admin@leadflow.test", "admin");
        String key = TestStack.apiKey(client, admin, "chatty source");

        for (int i = 0; i < 2; i++) {
            client.post()
                    .uri("/v1/track")
                    .header("X-Api-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        client.post()
                .uri("/v1/track")
                .header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .valueEquals("RateLimit-Limit", "2");
    }
}
