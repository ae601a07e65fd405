package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingTest {

    private static final String CORRELATION = "X-Correlation-Id";

    private static final Map<String, StubService> SERVICES = Map.of(
            "ingestion", StubService.start("ingestion"),
            "scoring", StubService.start("scoring"),
            "handoff", StubService.start("handoff"),
            "nurturing", StubService.start("nurturing"));

    private final WebTestClient client;

    GatewayRoutingTest(@Autowired WebTestClient client) {
        this.client = client;
    }

    @DynamicPropertySource
    static void pointTheGatewayAtTheStubs(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, stub) -> registry.add("leadflow.services." + name, stub::url));
    }

    @AfterAll
    static void stopTheStubs() {
        SERVICES.values().forEach(StubService::close);
    }

    @ParameterizedTest(name = "{0} {1} is answered by {2}")
    @CsvSource({
            "POST, /api/v1/events, ingestion",
            "GET, /api/v1/events/e-1, ingestion",
            "GET, /api/v1/contacts/c-1, ingestion",
            "POST, /api/v1/imports, ingestion",
            "GET, /api/v1/leads/abc/events, ingestion",
            "GET, /api/v1/leads/abc/events/e-7, ingestion",
            "POST, /v1/identify, ingestion",
            "POST, /v1/track, ingestion",
            "POST, /v1/page, ingestion",
            "POST, /v1/group, ingestion",
            "POST, /v1/batch, ingestion",
            "GET, /api/v1/leads/abc, scoring",
            "GET, /api/v1/leads, scoring",
            "GET, /api/v1/leads/abc/timeline, scoring",
            "POST, /api/v1/models/m-1/versions, scoring",
            "POST, /api/v1/backtests, scoring",
            "GET, /api/v1/handoffs/h-1, handoff",
            "GET, /api/v1/reps, handoff",
            "GET, /api/v1/teams/t-1, handoff",
            "PUT, /api/v1/routing/rules, handoff",
            "GET, /api/v1/sla-policies, handoff",
            "POST, /api/v1/notification-channels, handoff",
            "GET, /api/v1/nurture/tracks, nurturing"})
    void each_public_path_reaches_the_service_that_owns_it_unchanged(String method, String path, String owner) {
        client.method(HttpMethod.valueOf(method)).uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubService.SERVICE_HEADER, owner);

        assertThat(SERVICES.get(owner).lastRequestTo(path)).as("%s received %s", owner, path).isPresent();
    }

    @Test
    void a_lead_s_events_go_to_ingestion_while_the_lead_itself_goes_to_scoring() {
        client.get().uri("/api/v1/leads/abc/events").exchange()
                .expectHeader().valueEquals(StubService.SERVICE_HEADER, "ingestion");
        client.get().uri("/api/v1/leads/abc").exchange()
                .expectHeader().valueEquals(StubService.SERVICE_HEADER, "scoring");

        assertThat(SERVICES.get("scoring").lastRequestTo("/api/v1/leads/abc/events")).isEmpty();
        assertThat(SERVICES.get("ingestion").lastRequestTo("/api/v1/leads/abc")).isEmpty();
    }

    @Test
    void identity_headers_sent_by_a_client_never_reach_a_service() {
        client.get().uri("/api/v1/leads/spoofed")
                .header("X-LeadFlow-User", "admin")
                .header("x-leadflow-roles", "ADMIN")
                .header("X-LeadFlow-Team", "everyone")
                .header("X-Other", "kept")
                .exchange()
                .expectStatus().isOk();

        StubService.Received received = SERVICES.get("scoring").lastRequestTo("/api/v1/leads/spoofed").orElseThrow();
        assertThat(received.header("X-LeadFlow-User")).isEmpty();
        assertThat(received.header("X-LeadFlow-Roles")).isEmpty();
        assertThat(received.header("X-LeadFlow-Team")).isEmpty();
        assertThat(received.header("X-Other")).contains("kept");
    }

    @Test
    void a_request_without_correlation_id_gets_one_that_the_service_and_the_caller_both_see() {
        String echoed = client.get().uri("/api/v1/nurture/tracks/new-id").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(CORRELATION);

        assertThat(echoed).matches("[0-9a-f-]{36}");
        assertThat(SERVICES.get("nurturing").lastRequestTo("/api/v1/nurture/tracks/new-id").orElseThrow()
                .header(CORRELATION)).contains(echoed);
    }

    @Test
    void a_sane_correlation_id_from_the_caller_is_passed_through_and_echoed_once() {
        List<String> echoed = client.get().uri("/api/v1/reps/given-id")
                .header(CORRELATION, "crm-sync.2024_11-05")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().get(CORRELATION);

        assertThat(echoed).containsExactly("crm-sync.2024_11-05");
        assertThat(SERVICES.get("handoff").lastRequestTo("/api/v1/reps/given-id").orElseThrow()
                .header(CORRELATION)).contains("crm-sync.2024_11-05");
    }

    @ParameterizedTest(name = "\"{0}\" is replaced")
    @CsvSource({"'has spaces'", "'<script>'", "'a-very-long-correlation-id-that-goes-on-and-on-beyond-sixty-four-chars'"})
    void a_correlation_id_that_is_not_sane_is_replaced_by_a_fresh_one(String insane) {
        String echoed = client.get().uri("/api/v1/teams/insane-id")
                .header(CORRELATION, insane)
                .exchange()
                .returnResult(String.class).getResponseHeaders().getFirst(CORRELATION);

        assertThat(echoed).isNotEqualTo(insane).matches("[0-9a-f-]{36}");
        assertThat(SERVICES.get("handoff").lastRequestTo("/api/v1/teams/insane-id").orElseThrow()
                .header(CORRELATION)).contains(echoed);
    }

    @Test
    void an_unknown_api_path_answers_404_as_a_problem_with_a_correlation_id() {
        client.get().uri("/api/v1/nope")
                .header(CORRELATION, "lost-1")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(CORRELATION, "lost-1")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://leadflow.io/problems/not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.instance").isEqualTo("/api/v1/nope")
                .jsonPath("$.correlationId").isEqualTo("lost-1")
                .jsonPath("$.trace").doesNotExist();

        SERVICES.values().forEach(stub -> assertThat(stub.lastRequestTo("/api/v1/nope")).isEmpty());
    }

    @Test
    void liveness_and_readiness_probes_and_prometheus_metrics_are_exposed() {
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }
}
