package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.gateway.security.AccessMatrix;
import io.leadflow.gateway.security.AccessRule;
import io.leadflow.gateway.security.Role;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The access matrix, generated: every rule of {@link AccessMatrix} × every caller (anonymous, each role, an
 * event source's key) is called through the gateway against stub services, and must answer 401 (anonymous),
 * 403 (role not allowed) or reach the service with the caller's identity. Hand-offs add own × foreign:
 * a rep reaches only their own, a manager only their team's (the stub applies the service's rule to the
 * identity the gateway passed on, so a wrong identity fails these). Hand-written cases pin the business rules
 * so that a wrong line in the table fails too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    /** Who calls: nobody, a person of each role, or an event source's API key. */
    enum Caller {
        ANONYMOUS(null, null),
        MARKETING(Role.MARKETING, "marketing@leadflow.test"),
        SALES_REP(Role.SALES_REP, Ownership.REP),
        SALES_MANAGER(Role.SALES_MANAGER, Ownership.MANAGER),
        ADMIN(Role.ADMIN, "admin@leadflow.test"),
        PRIVACY_OFFICER(Role.PRIVACY_OFFICER, "dpo@leadflow.test"),
        SOURCE(Role.SOURCE, null);

        final @Nullable Role role;
        final @Nullable String email;

        Caller(@Nullable Role role, @Nullable String email) {
            this.role = role;
            this.email = email;
        }
    }

    private final WebTestClient client;
    private final Map<Caller, String> credentials = new EnumMap<>(Caller.class);
    private final Map<Caller, String> identities = new EnumMap<>(Caller.class);

    AccessMatrixIT(@Autowired WebTestClient client) {
        this.client = client;
        String admin = TestStack.bearer(Caller.ADMIN.email, "admin");
        for (Caller caller : Caller.values()) {
            if (caller.email != null) {
                credentials.put(caller, TestStack.bearer(caller.email, caller.role.wireName()));
                identities.put(caller, caller.email);
            }
        }
        String key = TestStack.apiKey(client, admin, "matrix source");
        credentials.put(Caller.SOURCE, "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes()));
        identities.put(Caller.SOURCE, "apikey:" + key.substring(3, 19));
    }

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.everything(registry);
    }

    static Stream<Arguments> everyRouteForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (AccessRule rule : AccessMatrix.RULES) {
            if (rule.isPublic() || rule.pattern().startsWith("/api/v1/api-keys")) {
                continue;
            }
            List<HttpMethod> methods = rule.method() == null
                    ? List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)
                    : List.of(rule.method());
            for (String path : samples(rule.pattern())) {
                for (HttpMethod method : methods) {
                    AccessRule decisive = decisiveRule(method, path).orElseThrow();
                    for (Caller caller : Caller.values()) {
                        int expected = caller == Caller.ANONYMOUS
                                ? 401
                                : decisive.roles().contains(caller.role) ? 200 : 403;
                        cases.add(Arguments.of(caller, method, path, expected));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("everyRouteForEveryCaller")
    void every_route_answers_each_caller_as_the_matrix_says(
            Caller caller, HttpMethod method, String path, int expected) {
        EntityExchangeResult<byte[]> result = call(caller, method, path);

        assertThat(result.getStatus().value())
                .as("%s %s %s", caller, method, path)
                .isEqualTo(expected);
        if (expected == 200) {
            assertThat(result.getResponseHeaders().getFirst(StubService.ECHO_USER))
                    .isEqualTo(identities.get(caller));
            assertThat(result.getResponseHeaders().getFirst(StubService.ECHO_ROLES))
                    .isEqualTo(caller.role.wireName());
        } else {
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponseHeaders().getFirst(StubService.SERVICE_HEADER))
                    .as("a refused request never reaches a service")
                    .isNull();
        }
    }

    static Stream<Arguments> handOffsOwnAndForeign() {
        List<Arguments> cases = new ArrayList<>();
        Map<Caller, int[]> ownForeign = Map.of(
                Caller.ANONYMOUS, new int[] {401, 401},
                Caller.MARKETING, new int[] {403, 403},
                Caller.SALES_REP, new int[] {200, 404},
                Caller.SALES_MANAGER, new int[] {200, 404},
                Caller.ADMIN, new int[] {200, 200},
                Caller.PRIVACY_OFFICER, new int[] {403, 403},
                Caller.SOURCE, new int[] {403, 403});
        for (String action : List.of("GET /", "POST /accept", "POST /qualify", "POST /reject")) {
            HttpMethod method = HttpMethod.valueOf(action.split(" ")[0]);
            String suffix = action.split(" ")[1].substring(1);
            for (Caller caller : Caller.values()) {
                String tail = suffix.isEmpty() ? "" : "/" + suffix;
                cases.add(Arguments.of(
                        caller,
                        method,
                        "/api/v1/handoffs/" + Ownership.OWN_HANDOFF + tail,
                        "own",
                        ownForeign.get(caller)[0]));
                cases.add(Arguments.of(
                        caller,
                        method,
                        "/api/v1/handoffs/" + Ownership.FOREIGN_HANDOFF + tail,
                        "foreign",
                        ownForeign.get(caller)[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} ({3}) -> {4}")
    @MethodSource("handOffsOwnAndForeign")
    void a_rep_reaches_only_their_own_hand_offs_and_a_manager_only_their_team_s(
            Caller caller, HttpMethod method, String path, String whose, int expected) {
        assertThat(call(caller, method, path).getStatus().value())
                .as("%s %s %s (%s)", caller, method, path, whose)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "SALES_REP, POST, /api/v1/scoring-models, 403",
        "SALES_REP, POST, /api/v1/predictive-models/win/train, 403",
        "SALES_REP, GET, /api/v1/predictive-models, 403",
        "SALES_REP, GET, /api/v1/nurture/rejected, 403",
        "SALES_REP, POST, /api/v1/handoffs, 200",
        "SALES_REP, PUT, /api/v1/reps/r-1/availability, 403",
        "SALES_REP, GET, /api/v1/reports/sla, 403",
        "SALES_REP, GET, /api/v1/reports/funnel, 403",
        "SALES_REP, GET, /api/v1/crm/deals, 403",
        "MARKETING, GET, /api/v1/reports/funnel, 200",
        "ADMIN, GET, /api/v1/crm/deals, 200",
        "SALES_REP, POST, /v1/track, 403",
        "SALES_REP, GET, /api/v1/leads/l-1, 200",
        "SALES_REP, GET, /api/v1/teams/t-1, 200",
        "SALES_REP, POST, /api/v1/teams, 403",
        "MARKETING, POST, /api/v1/handoffs/h-rep/accept, 403",
        "MARKETING, GET, /api/v1/nurture/rejected, 200",
        "MARKETING, POST, /api/v1/nurture/tracks, 200",
        "MARKETING, POST, /api/v1/imports, 200",
        "MARKETING, POST, /api/v1/scoring-models/m-1/versions/2/publish, 200",
        "MARKETING, POST, /api/v1/predictive-models/win/train, 200",
        "MARKETING, GET, /api/v1/leads/l-1/events, 200",
        "MARKETING, GET, /api/v1/reports/conversion, 200",
        "MARKETING, POST, /api/v1/routing-rules, 403",
        "MARKETING, POST, /api/v1/events, 403",
        "MARKETING, GET, /api/v1/api-keys, 403",
        "MARKETING, GET, /api/v1/event-types, 200",
        "MARKETING, POST, /api/v1/event-types, 403",
        "SALES_MANAGER, PUT, /api/v1/reps/r-1/availability, 200",
        "SALES_MANAGER, GET, /api/v1/reports/sla, 200",
        "SALES_MANAGER, POST, /api/v1/sla-policies, 403",
        "SALES_MANAGER, POST, /api/v1/event-types, 403",
        "ADMIN, POST, /api/v1/notification-channels, 200",
        "ADMIN, POST, /api/v1/sla-policies, 200",
        "ADMIN, POST, /api/v1/reps, 200",
        "ADMIN, DELETE, /api/v1/event-types/webinar_replay, 200",
        "ADMIN, POST, /api/v1/privacy/erasures, 200",
        "PRIVACY_OFFICER, POST, /api/v1/privacy/erasures, 200",
        "PRIVACY_OFFICER, GET, /api/v1/privacy/exports/x-1, 200",
        "PRIVACY_OFFICER, GET, /api/v1/privacy/erasures, 200",
        "ADMIN, GET, /api/v1/privacy/exports, 200",
        "MARKETING, GET, /api/v1/privacy/exports, 403",
        "PRIVACY_OFFICER, GET, /api/v1/leads, 403",
        "MARKETING, POST, /api/v1/privacy/erasures, 403",
        "SALES_MANAGER, GET, /api/v1/privacy/erasures/x-1, 403",
        "SOURCE, POST, /api/v1/events, 200",
        "SOURCE, POST, /api/v1/events/batch, 200",
        "SOURCE, POST, /v1/track, 200",
        "SOURCE, POST, /v1/batch, 200",
        "SOURCE, POST, /api/v1/contacts, 200",
        "SOURCE, POST, /api/v1/contacts/search, 403",
        "SOURCE, GET, /api/v1/contacts/0b9f3f4e-2d4c-4f43-9a57-0e3c1d2b7a10, 403",
        "MARKETING, POST, /api/v1/contacts/search, 200",
        "MARKETING, GET, /api/v1/contacts/0b9f3f4e-2d4c-4f43-9a57-0e3c1d2b7a10, 200",
        "SOURCE, GET, /api/v1/leads/l-1, 403",
        "SOURCE, POST, /api/v1/imports, 403",
        "SOURCE, GET, /api/v1/api-keys, 403",
        "SOURCE, GET, /api/v1/handoffs, 403",
        "SALES_REP, GET, /api/v1/accounts/a-1, 200",
        "SALES_REP, GET, /api/v1/accounts, 200",
        "SALES_REP, POST, /api/v1/accounts, 403",
        "SALES_REP, PUT, /api/v1/leads/l-1/account, 403",
        "SALES_MANAGER, PUT, /api/v1/accounts/a-1, 403",
        "SALES_MANAGER, GET, /api/v1/accounts/a-1, 200",
        "MARKETING, POST, /api/v1/accounts, 200",
        "MARKETING, POST, /api/v1/accounts/import, 200",
        "MARKETING, PUT, /api/v1/leads/l-1/account, 200",
        "MARKETING, DELETE, /api/v1/leads/l-1/account, 200",
        "ADMIN, PUT, /api/v1/accounts/a-1, 200",
        "SOURCE, GET, /api/v1/accounts, 403",
        "ANONYMOUS, GET, /api/v1/accounts, 401",
        "ANONYMOUS, GET, /api/v1/leads, 401",
        "ANONYMOUS, POST, /v1/track, 401",
        "ANONYMOUS, GET, /api/v1/unknown, 401",
        "ADMIN, GET, /api/v1/unknown, 404"
    })
    void the_business_rules_hold(Caller caller, HttpMethod method, String path, int expected) {
        assertThat(call(caller, method, path).getStatus().value()).isEqualTo(expected);
    }

    @Test
    void a_token_signed_by_someone_else_or_garbage_is_refused_with_401() {
        String forged;
        try (StubProvider stranger = StubProvider.start()) {
            // the trusted provider's issuer and audience, another key
            forged = stranger.sign(TestStack.PROVIDER
                    .accessClaims("admin@leadflow.test", List.of("admin"))
                    .build());
        }
        for (String authorization :
                List.of("Bearer " + forged, "Bearer not-a-jwt", "Basic bm90LWEta2V5Og==", "Basic %%%")) {
            client.get()
                    .uri("/api/v1/leads")
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://leadflow.io/problems/unauthenticated");
        }
    }

    @Test
    void the_retired_self_service_token_path_answers_as_any_unknown_path_does() {
        for (String path : List.of("/local-auth/token", "/local-auth/jwks", "/no-such-path")) {
            assertThat(client.post()
                            .uri(path)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{\"email\":\"me@leadflow.test\",\"roles\":[\"admin\"]}")
                            .exchange()
                            .expectBody()
                            .returnResult()
                            .getStatus()
                            .value())
                    .as("anonymous POST " + path)
                    .isEqualTo(401);
            assertThat(call(Caller.ADMIN, HttpMethod.GET, path).getStatus().value())
                    .as("an admin's GET " + path)
                    .isEqualTo(404);
        }
    }

    @Test
    void a_token_s_e_mail_reaches_the_service_in_lower_case() {
        String bearer = TestStack.bearer("Mixed.Case@LeadFlow.Test", "sales_rep");
        client.get()
                .uri("/api/v1/leads/l-9")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(StubService.ECHO_USER, "mixed.case@leadflow.test")
                .expectHeader()
                .valueEquals(StubService.ECHO_ROLES, "sales_rep");
    }

    @ParameterizedTest(name = "{0} {1} {2} -> 400")
    @CsvSource({
        "MARKETING, GET, /api/v1/contacts/sam@contoso.test",
        "MARKETING, PUT, /api/v1/contacts/sam@contoso.test",
        "SOURCE, PUT, /api/v1/contacts/Sam.Lee@Contoso.test",
        "ADMIN, GET, /api/v1/leads/sam@contoso.test/events",
        "ANONYMOUS, GET, /api/v1/contacts/sam@contoso.test",
    })
    void a_path_holding_an_e_mail_address_is_refused_before_it_reaches_a_service(
            Caller caller, HttpMethod method, String path) {
        EntityExchangeResult<byte[]> result = call(caller, method, path);

        assertThat(result.getStatus().value()).isEqualTo(400);
        assertThat(result.getResponseHeaders().getFirst(StubService.SERVICE_HEADER))
                .isNull();
        String body = new String(result.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"rule\":\"path.email\"").doesNotContainIgnoringCase("contoso");
    }

    @Test
    void a_percent_encoded_e_mail_address_in_a_path_is_refused_too(
            @org.springframework.beans.factory.annotation.Value("${local.server.port}") int port) {
        EntityExchangeResult<byte[]> result = client.get()
                .uri(java.net.URI.create("http://localhost:" + port + "/api/v1/contacts/sam%40contoso.test"))
                .header(HttpHeaders.AUTHORIZATION, credentials.get(Caller.MARKETING))
                .exchange()
                .expectBody()
                .returnResult();

        assertThat(result.getStatus().value()).isEqualTo(400);
    }

    private EntityExchangeResult<byte[]> call(Caller caller, HttpMethod method, String path) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(path);
        if (caller != Caller.ANONYMOUS) {
            request.header(HttpHeaders.AUTHORIZATION, credentials.get(caller));
        }
        if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
        }
        return request.exchange().expectBody().returnResult();
    }

    /** Concrete paths a pattern matches: wildcards filled in, and {@code /**} both empty and with a tail. */
    private static List<String> samples(String pattern) {
        String filled = pattern.replace("/*/", "/x-1/").replaceAll("/\\*$", "/x-1");
        if (filled.endsWith("/**")) {
            String base = filled.substring(0, filled.length() - 3);
            return List.of(base, base + "/x-2");
        }
        return List.of(filled);
    }

    private static Optional<AccessRule> decisiveRule(HttpMethod method, String path) {
        return AccessMatrix.RULES.stream()
                .filter(rule -> rule.method() == null || rule.method().equals(method))
                .filter(rule ->
                        PathPatternParser.defaultInstance.parse(rule.pattern()).matches(PathContainer.parsePath(path)))
                .findFirst();
    }
}
