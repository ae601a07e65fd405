package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
class GatewayRoutingIT {

    private static final String CORRELATION = "X-Correlation-Id";
    private static final Map<String, StubService> SERVICES = TestStack.SERVICES;
    private static final String ADMIN = "admin@leadflow.test";

    private final WebTestClient client;
    private final WebTestClient anonymous;

    @LocalServerPort
    private int port;

    GatewayRoutingIT(@Autowired WebTestClient client) {
        this.anonymous = client;
        String admin = TestStack.bearer(ADMIN, "admin");
        this.client =
                client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, admin).build();
    }

    @DynamicPropertySource
    static void pointTheGatewayAtTheStubs(DynamicPropertyRegistry registry) {
        TestStack.everything(registry);
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
        "GET, /api/v1/event-types, ingestion",
        "POST, /api/v1/privacy/erasures, ingestion",
        "GET, /api/v1/privacy/exports/x-1, ingestion",
        "GET, /api/v1/privacy/exports, ingestion",
        "DELETE, /api/v1/event-types/webinar_replay, ingestion",
        "GET, /api/v1/imports/i-1, ingestion",
        "POST, /api/v1/scoring-models/m-1/versions, scoring",
        "GET, /api/v1/accounts, scoring",
        "POST, /api/v1/accounts/import, scoring",
        "PUT, /api/v1/leads/abc/account, scoring",
        "POST, /api/v1/scoring-models/m-1/versions/2/backtest, scoring",
        "POST, /api/v1/predictive-models/win/train, scoring",
        "GET, /api/v1/predictive-models/win/versions/2, scoring",
        "GET, /api/v1/handoffs/h-1, handoff",
        "GET, /api/v1/reps, handoff",
        "GET, /api/v1/teams/t-1, handoff",
        "PUT, /api/v1/routing-rules/r-1, handoff",
        "GET, /api/v1/organisation-changes, handoff",
        "GET, /api/v1/reports/conversion, handoff",
        "GET, /api/v1/reports/funnel, scoring",
        "GET, /api/v1/reports/funnel/stalled, scoring",
        "GET, /api/v1/crm/deals, handoff",
        "POST, /api/v1/crm/hubspot/deals, handoff",
        "POST, /api/v1/crm/salesforce/opportunities, handoff",
        "GET, /api/v1/sla-policies, handoff",
        "POST, /api/v1/notification-channels, handoff",
        "GET, /api/v1/nurture/tracks, nurturing",
        "GET, /api/v1/admin/dead-letters/ingestion, ingestion",
        "GET, /api/v1/admin/dead-letters/scoring, scoring",
        "POST, /api/v1/admin/dead-letters/handoff/redrive, handoff",
        "DELETE, /api/v1/admin/dead-letters/nurturing/7, nurturing"
    })
    void each_public_path_reaches_the_service_that_owns_it_unchanged(String method, String path, String owner) {
        client.method(HttpMethod.valueOf(method))
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(StubService.SERVICE_HEADER, owner);

        assertThat(SERVICES.get(owner).lastRequestTo(path))
                .as("%s received %s", owner, path)
                .isPresent();
    }

    @Test
    void a_lead_s_events_go_to_ingestion_while_the_lead_itself_goes_to_scoring() {
        client.get()
                .uri("/api/v1/leads/abc/events")
                .exchange()
                .expectHeader()
                .valueEquals(StubService.SERVICE_HEADER, "ingestion");
        client.get()
                .uri("/api/v1/leads/abc")
                .exchange()
                .expectHeader()
                .valueEquals(StubService.SERVICE_HEADER, "scoring");

        assertThat(SERVICES.get("scoring").lastRequestTo("/api/v1/leads/abc/events"))
                .isEmpty();
        assertThat(SERVICES.get("ingestion").lastRequestTo("/api/v1/leads/abc")).isEmpty();
    }

    @Test
    void identity_headers_sent_by_a_client_are_dropped_and_the_service_gets_the_caller_s_signed_token() {
        client.get()
                .uri("/api/v1/leads/spoofed")
                .header("X-LeadFlow-User", "someone.else@leadflow.test")
                .header("x-leadflow-roles", "sales_manager")
                .header("X-LeadFlow-Team", "everyone")
                .header("X-LeadFlow-Identity", "forged")
                .header("X-Other", "kept")
                .exchange()
                .expectStatus()
                .isOk();

        StubService.Received received =
                SERVICES.get("scoring").lastRequestTo("/api/v1/leads/spoofed").orElseThrow();
        assertThat(received.header("X-LeadFlow-User")).isEmpty();
        assertThat(received.header("X-LeadFlow-Roles")).isEmpty();
        assertThat(received.header("X-LeadFlow-Team")).isEmpty();
        assertThat(received.header("X-Other")).contains("kept");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEmpty();

        Jwt token = NimbusJwtDecoder.withJwkSetUri("http://localhost:" + port + "/.well-known/leadflow-jwks.json")
                .build()
                .decode(received.header(StubService.CALLER_TOKEN).orElseThrow());
        assertThat(token.getSubject()).isEqualTo(ADMIN);
        assertThat(token.getClaimAsStringList("roles")).containsExactly("admin");
        assertThat(token.getAudience()).containsExactly("scoring-service");
        assertThat(token.getClaimAsString("iss")).isEqualTo("leadflow-gateway");
        assertThat(Duration.between(Instant.now(), token.getExpiresAt()))
                .isBetween(Duration.ZERO, Duration.ofSeconds(61));
    }

    @Test
    void a_public_path_reaches_no_service_with_identity_a_client_sent() {
        anonymous
                .get()
                .uri("/v3/api-docs/scoring")
                .header("X-LeadFlow-User", "admin@leadflow.test")
                .header("X-LeadFlow-Roles", "admin")
                .header("X-LeadFlow-Identity", "forged")
                .exchange()
                .expectStatus()
                .isOk();

        StubService.Received received =
                SERVICES.get("scoring").lastRequestTo("/v3/api-docs").orElseThrow();
        assertThat(received.header("X-LeadFlow-User")).isEmpty();
        assertThat(received.header("X-LeadFlow-Roles")).isEmpty();
        assertThat(received.header(StubService.CALLER_TOKEN)).isEmpty();
    }

    @Test
    void the_key_set_services_check_tokens_with_is_public() {
        anonymous
                .get()
                .uri("/.well-known/leadflow-jwks.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty")
                .isEqualTo("RSA")
                .jsonPath("$.keys[0].d")
                .doesNotExist();
    }

    @Test
    void a_request_without_correlation_id_gets_one_that_the_service_and_the_caller_both_see() {
        String echoed = client.get()
                .uri("/api/v1/nurture/tracks/new-id")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst(CORRELATION);

        assertThat(echoed).matches("[0-9a-f-]{36}");
        assertThat(SERVICES.get("nurturing")
                        .lastRequestTo("/api/v1/nurture/tracks/new-id")
                        .orElseThrow()
                        .header(CORRELATION))
                .contains(echoed);
    }

    @Test
    void a_sane_correlation_id_from_the_caller_is_passed_through_and_echoed_once() {
        List<String> echoed = client.get()
                .uri("/api/v1/reps/given-id")
                .header(CORRELATION, "crm-sync.2024_11-05")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .get(CORRELATION);

        assertThat(echoed).containsExactly("crm-sync.2024_11-05");
        assertThat(SERVICES.get("handoff")
                        .lastRequestTo("/api/v1/reps/given-id")
                        .orElseThrow()
                        .header(CORRELATION))
                .contains("crm-sync.2024_11-05");
    }

    @ParameterizedTest(name = "\"{0}\" is replaced")
    @CsvSource({"'has spaces'", "'<script>'", "'a-very-long-correlation-id-that-goes-on-and-on-beyond-sixty-four-chars'"
    })
    void a_correlation_id_that_is_not_sane_is_replaced_by_a_fresh_one(String insane) {
        String echoed = client.get()
                .uri("/api/v1/teams/insane-id")
                .header(CORRELATION, insane)
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst(CORRELATION);

        assertThat(echoed).isNotEqualTo(insane).matches("[0-9a-f-]{36}");
        assertThat(SERVICES.get("handoff")
                        .lastRequestTo("/api/v1/teams/insane-id")
                        .orElseThrow()
                        .header(CORRELATION))
                .contains(echoed);
    }

    @Test
    void a_client_s_traceparent_reaches_the_service_with_the_gateway_s_span_as_the_parent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String sent = "00-" + traceId + "-00f067aa0ba902b7-01";
        client.get()
                .uri("/api/v1/reps/traced-id")
                .header("traceparent", sent)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(SERVICES.get("handoff")
                        .lastRequestTo("/api/v1/reps/traced-id")
                        .orElseThrow()
                        .header("traceparent"))
                .hasValueSatisfying(forwarded -> assertThat(forwarded)
                        .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                        .isNotEqualTo(sent));
    }

    @Test
    void a_request_without_traceparent_reaches_the_service_in_a_trace_the_gateway_started() {
        client.get().uri("/api/v1/reps/untraced-id").exchange().expectStatus().isOk();

        assertThat(SERVICES.get("handoff")
                        .lastRequestTo("/api/v1/reps/untraced-id")
                        .orElseThrow()
                        .header("traceparent"))
                .hasValueSatisfying(forwarded -> assertThat(forwarded).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void sixty_slow_calls_in_flight_to_one_service_are_all_answered_by_it_not_refused_by_the_gateway()
            throws Exception {
        // the client waits as long as the gateway would: on a busy machine sixty slow calls take longer than 5 s
        WebTestClient patient =
                client.mutate().responseTimeout(TestStack.PATIENCE).build();
        List<Integer> statuses = TestStack.inParallel(
                60,
                i -> patient.get()
                        .uri("/api/v1/nurture/slow/" + i)
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .value());

        assertThat(statuses)
                .as("a 503 means the gateway's bulkhead refused a call the service could take")
                .containsOnly(200)
                .hasSize(60);
    }

    @Test
    void an_unknown_api_path_answers_404_as_a_problem_with_a_correlation_id() {
        client.get()
                .uri("/api/v1/nope")
                .header(CORRELATION, "lost-1")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(CORRELATION, "lost-1")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://leadflow.io/problems/not-found")
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.title")
                .isEqualTo("Not found")
                .jsonPath("$.instance")
                .isEqualTo("/api/v1/nope")
                .jsonPath("$.correlationId")
                .isEqualTo("lost-1")
                .jsonPath("$.trace")
                .doesNotExist();

        SERVICES.values()
                .forEach(stub -> assertThat(stub.lastRequestTo("/api/v1/nope")).isEmpty());
    }

    @Test
    void liveness_and_readiness_probes_and_prometheus_metrics_are_exposed_without_sign_in() {
        anonymous
                .get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        anonymous
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        anonymous
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @Test
    void every_answer_carries_the_security_headers_a_browser_needs() {
        client.get()
                .uri("/api/v1/leads/headers")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .value("Content-Security-Policy", csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        anonymous
                .get()
                .uri("/api/v1/leads/headers")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void the_web_console_s_origin_may_call_the_api_from_a_browser_and_other_origins_may_not() {
        anonymous
                .options()
                .uri("/api/v1/leads")
                .header(HttpHeaders.ORIGIN, TestStack.CONSOLE_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, TestStack.CONSOLE_ORIGIN);
        anonymous
                .options()
                .uri("/api/v1/leads")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.get()
                .uri("/api/v1/leads/cors")
                .header(HttpHeaders.ORIGIN, TestStack.CONSOLE_ORIGIN)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, TestStack.CONSOLE_ORIGIN)
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed ->
                                assertThat(exposed).contains("X-Correlation-Id").contains("RateLimit-Remaining"));
    }

    @Test
    void one_swagger_ui_lists_every_service_s_api_document_served_through_the_gateway() {
        anonymous
                .get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[*].url")
                .value(urls -> assertThat((List<String>) urls)
                        .contains(
                                "/v3/api-docs/ingestion",
                                "/v3/api-docs/scoring",
                                "/v3/api-docs/handoff",
                                "/v3/api-docs/nurturing"));
        anonymous.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        anonymous
                .get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/api-keys']")
                .exists();
        for (String service : List.of("ingestion", "scoring", "handoff", "nurturing")) {
            anonymous
                    .get()
                    .uri("/v3/api-docs/" + service)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals(StubService.SERVICE_HEADER, service);
            assertThat(SERVICES.get(service).lastRequestTo("/v3/api-docs")).isPresent();
        }
    }

    @Test
    void a_body_larger_than_its_path_allows_is_refused_with_413_before_any_service_sees_it() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMegabytes, (byte) 'a');

        client.post()
                .uri("/api/v1/events/too-big")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(twoMegabytes)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://leadflow.io/problems/payload-too-large")
                .jsonPath("$.maxBytes")
                .isEqualTo(1024 * 1024);
        assertThat(SERVICES.get("ingestion").lastRequestTo("/api/v1/events/too-big"))
                .isEmpty();

        client.post()
                .uri("/api/v1/imports/big-enough")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue(twoMegabytes)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void a_streamed_body_without_length_is_cut_off_at_the_limit_with_413() {
        DefaultDataBufferFactory buffers = new DefaultDataBufferFactory();
        Flux<DataBuffer> chunks = Flux.range(0, 40).map(i -> buffers.wrap(new byte[64 * 1024]));

        client.post()
                .uri("/api/v1/events/streamed")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(BodyInserters.fromDataBuffers(chunks))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://leadflow.io/problems/payload-too-large");
    }
}
