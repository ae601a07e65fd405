package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A person signs in to the console through the gateway: the browser is sent to the provider (Authorization Code
 * with PKCE), comes back with a code, and from then on its session cookie stands for them. The console gets who
 * they are and their access token; the API paths keep refusing anything but a bearer token or an API key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
class ConsoleSignInIT {

    private static final StubService CONSOLE = StubService.start("console");
    private static final StubProvider PROVIDER = StubProvider.start();
    private static final String SESSION = "SESSION";

    @Autowired
    WebTestClient client;

    @Autowired
    JdbcTemplate database;

    @DynamicPropertySource
    static void consoleAndProvider(DynamicPropertyRegistry registry) {
        TestStack.everything(registry);
        registry.add("leadflow.console.url", CONSOLE::url);
        String registration = "spring.security.oauth2.client.registration.leadflow.";
        registry.add(registration + "client-id", () -> StubProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> "gateway-secret");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(registration + "scope", () -> "openid,email");
        String provider = "spring.security.oauth2.client.provider.leadflow.";
        registry.add(provider + "authorization-uri", () -> PROVIDER.url() + "/authorize");
        registry.add(provider + "token-uri", () -> PROVIDER.url() + "/token");
        registry.add(provider + "jwk-set-uri", () -> PROVIDER.url() + "/jwks");
    }

    @Test
    void a_browser_without_a_session_is_sent_to_sign_in_with_pkce() {
        ResponseCookie session = redirectedToSignIn("/welcome");

        UriComponents authorize = authorizationRequest(session);

        assertThat(authorize.toUriString()).startsWith(PROVIDER.url() + "/authorize");
        assertThat(param(authorize, "response_type")).isEqualTo("code");
        assertThat(param(authorize, "client_id")).isEqualTo(StubProvider.CLIENT_ID);
        assertThat(param(authorize, "code_challenge")).isNotBlank();
        assertThat(param(authorize, "code_challenge_method")).isEqualTo("S256");
        assertThat(CONSOLE.lastRequestTo("/welcome")).isEmpty();
    }

    @Test
    void an_htmx_request_without_a_session_is_told_to_load_the_sign_in_page_in_the_window() {
        client.get()
                .uri("/inbox/entries")
                .header("HX-Request", "true")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("HX-Redirect", "/oauth2/authorization/leadflow");
        assertThat(CONSOLE.lastRequestTo("/inbox/entries")).isEmpty();
    }

    @Test
    void a_signed_in_rep_reaches_the_console_as_themselves_with_their_token_and_only_their_leadflow_roles() {
        ResponseCookie session = signIn("code-rep", "Rep@Example.com", List.of("sales_rep", "source", "pilot"));

        client.get()
                .uri("/inbox")
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(StubService.SERVICE_HEADER, "console");

        StubService.Received seen = CONSOLE.lastRequestTo("/inbox").orElseThrow();
        assertThat(seen.user()).contains("rep@example.com");
        assertThat(seen.roles()).contains("sales_rep");
        assertThat(seen.caller().orElseThrow().getAudience()).containsExactly("console");
        assertThat(seen.header("X-LeadFlow-User"))
                .as("the console reads the person from the signed token alone")
                .isEmpty();
        assertThat(seen.header("X-LeadFlow-Roles")).isEmpty();
        assertThat(seen.header("Cookie"))
                .as("the session cookie stays at the gateway")
                .isEmpty();
        assertThat(seen.header(HttpHeaders.AUTHORIZATION))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer ey"));
        assertThat(PROVIDER.verifierFor("code-rep"))
                .as("the PKCE verifier sent with the code")
                .hasSizeGreaterThan(42);
    }

    @Test
    void a_change_from_the_browser_needs_the_csrf_token_of_the_cookie() {
        ResponseCookie session = signIn("code-csrf", "manager@example.com", List.of("sales_manager"));
        EntityExchangeResult<byte[]> page = client.get()
                .uri("/team")
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        ResponseCookie csrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(csrf).isNotNull();
        assertThat(csrf.isHttpOnly()).isTrue();
        assertThat(csrf.getSameSite()).isEqualTo("Lax");

        client.post()
                .uri("/team/reassign")
                .cookie(SESSION, session.getValue())
                .cookie("XSRF-TOKEN", csrf.getValue())
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(CONSOLE.lastRequestTo("/team/reassign")).isEmpty();

        client.post()
                .uri("/team/reassign")
                .cookie(SESSION, session.getValue())
                .cookie("XSRF-TOKEN", csrf.getValue())
                .header("X-XSRF-TOKEN", csrf.getValue())
                .exchange()
                .expectStatus()
                .isOk();
        StubService.Received change = CONSOLE.lastRequestTo("/team/reassign").orElseThrow();
        assertThat(change.header("Cookie"))
                .as("the session cookie stays at the gateway")
                .contains("XSRF-TOKEN=" + csrf.getValue());
    }

    @Test
    void the_api_keeps_its_stateless_door_a_session_is_no_credential_there() {
        ResponseCookie session = signIn("code-api", "marketing@example.com", List.of("marketing"));

        client.get()
                .uri("/api/v1/leads")
                .accept(MediaType.TEXT_HTML)
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_session_lives_in_the_gateways_database_and_ends_when_its_row_is_gone() {
        ResponseCookie session = signIn("code-db", "Admin@Example.com", List.of("admin"));

        assertThat(database.queryForList(
                        "SELECT principal_name FROM spring_session WHERE session_id = ?",
                        String.class,
                        session.getValue()))
                .containsExactly("admin@example.com");

        database.update("DELETE FROM spring_session WHERE session_id = ?", session.getValue());

        client.get()
                .uri("/inbox")
                .accept(MediaType.TEXT_HTML)
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/oauth2/authorization/leadflow");
    }

    @Test
    void another_gateway_replica_over_the_same_database_knows_the_signed_in_person() {
        ResponseCookie session = signIn("code-replica", "replica@example.com", List.of("sales_rep"));
        Map<String, Object> properties = new HashMap<>();
        consoleAndProvider((name, value) -> properties.put(name, value.get()));
        properties.put("server.port", "0");

        // as arguments: default properties would lose to application.yml
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext replica =
                new SpringApplicationBuilder(GatewayApplication.class).run(arguments)) {
            WebTestClient toReplica = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + replica.getEnvironment().getProperty("local.server.port"))
                    .responseTimeout(TestStack.PATIENCE)
                    .build();

            toReplica
                    .get()
                    .uri("/replica-page")
                    .cookie(SESSION, session.getValue())
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        StubService.Received seen = CONSOLE.lastRequestTo("/replica-page").orElseThrow();
        assertThat(seen.user()).contains("replica@example.com");
        assertThat(seen.header(HttpHeaders.AUTHORIZATION))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer ey"));
    }

    @Test
    void signing_out_ends_the_session() {
        ResponseCookie session = signIn("code-out", "out@example.com", List.of("marketing"));
        String csrf = client.get()
                .uri("/inbox")
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectBody()
                .returnResult()
                .getResponseCookies()
                .getFirst("XSRF-TOKEN")
                .getValue();

        client.post()
                .uri("/logout")
                .cookie(SESSION, session.getValue())
                .cookie("XSRF-TOKEN", csrf)
                .header("X-XSRF-TOKEN", csrf)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/");

        assertThat(database.queryForList(
                        "SELECT principal_name FROM spring_session WHERE session_id = ?",
                        String.class,
                        session.getValue()))
                .isEmpty();
        client.get()
                .uri("/inbox")
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/oauth2/authorization/leadflow");
    }

    @Test
    void signing_out_from_an_htmx_button_tells_htmx_where_to_go_instead_of_redirecting_the_xhr() {
        ResponseCookie session = signIn("code-htmx-out", "htmx-out@example.com", List.of("sales_rep"));
        String csrf = client.get()
                .uri("/inbox")
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectBody()
                .returnResult()
                .getResponseCookies()
                .getFirst("XSRF-TOKEN")
                .getValue();

        client.post()
                .uri("/logout")
                .cookie(SESSION, session.getValue())
                .cookie("XSRF-TOKEN", csrf)
                .header("X-XSRF-TOKEN", csrf)
                .header("HX-Request", "true")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist(HttpHeaders.LOCATION)
                .expectHeader()
                .valueEquals("HX-Redirect", "/");

        client.get()
                .uri("/inbox")
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/oauth2/authorization/leadflow");
    }

    private ResponseCookie signIn(String code, String email, List<String> roles) {
        ResponseCookie session = redirectedToSignIn("/inbox");
        UriComponents authorize = authorizationRequest(session);
        PROVIDER.willSignIn(code, new StubProvider.Person(email, roles, param(authorize, "nonce")));
        EntityExchangeResult<byte[]> back = client.get()
                .uri(uri -> uri.path("/login/oauth2/code/leadflow")
                        .queryParam("code", code)
                        .queryParam("state", param(authorize, "state"))
                        .build())
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectStatus()
                .isFound()
                .expectBody()
                .returnResult();
        assertThat(back.getResponseHeaders().getLocation()).hasPath("/inbox");
        ResponseCookie signedIn = back.getResponseCookies().getFirst(SESSION);
        assertThat(signedIn).as("a new session id after sign-in").isNotNull();
        assertThat(signedIn.getValue()).isNotEqualTo(session.getValue());
        return signedIn;
    }

    private ResponseCookie redirectedToSignIn(String page) {
        EntityExchangeResult<byte[]> answer = client.get()
                .uri(page)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.FOUND)
                .expectBody()
                .returnResult();
        assertThat(answer.getResponseHeaders().getLocation()).hasPath("/oauth2/authorization/leadflow");
        ResponseCookie session = answer.getResponseCookies().getFirst(SESSION);
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        return session;
    }

    private static String param(UriComponents uri, String name) {
        String value = uri.getQueryParams().getFirst(name);
        return value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private UriComponents authorizationRequest(ResponseCookie session) {
        URI location = client.get()
                .uri("/oauth2/authorization/leadflow")
                .cookie(SESSION, session.getValue())
                .exchange()
                .expectStatus()
                .isFound()
                .expectBody()
                .returnResult()
                .getResponseHeaders()
                .getLocation();
        return UriComponentsBuilder.fromUri(location).build();
    }
}
