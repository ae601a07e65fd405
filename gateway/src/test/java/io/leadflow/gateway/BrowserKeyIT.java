package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.leadflow.gateway.apikey.BrowserKeyOrigins;
import io.leadflow.gateway.security.AccessMatrix;
import io.leadflow.gateway.security.AccessRule;
import io.leadflow.gateway.security.Role;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Browser write keys: made by an admin for exact origins, refused from any other origin or path, limited per client
 * address, and named as browser keys in the caller token. Existing keys stay server keys. The browser-key bucket is
 * tiny and refilled hourly, so a few requests exhaust it without any waiting.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leadflow.rate-limits.browser-key.capacity=3", "leadflow.rate-limits.browser-key.period=1h"})
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
class BrowserKeyIT {

    private static final String SHOP = "https://shop.example.com";
    private static final String PAGE = "{\"type\":\"page\",\"anonymousId\":\"a-1\",\"name\":\"Home\"}";

    private final WebTestClient client;
    private final JdbcClient jdbc;
    private final String admin = TestStack.bearer("keys.admin@leadflow.test", "admin");

    @LocalServerPort
    private int port;

    BrowserKeyIT(@Autowired WebTestClient client, @Autowired JdbcClient jdbc) {
        this.client = client;
        this.jdbc = jdbc;
    }

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        // no CORS origins of the gateway's own: the browser key's rules alone decide
        TestStack.database(registry);
        registry.add("leadflow.rate-limits.user.capacity", () -> "100000");
        registry.add("leadflow.rate-limits.api-key.capacity", () -> "100000");
        TestStack.SERVICES.forEach((name, stub) -> registry.add("leadflow.services." + name, stub::url));
    }

    @Test
    void a_browser_key_is_created_for_exact_origins_and_listed_with_its_scope() {
        Map<?, ?> created = create(Map.of("name", "website", "scope", "browser", "allowedOrigins", List.of(SHOP)))
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(created.get("scope")).isEqualTo("browser");
        assertThat(created.get("buyingSignals")).isEqualTo(false);
        assertThat(created.get("allowedOrigins")).isEqualTo(List.of(SHOP));
        String id = String.valueOf(created.get("id"));
        client.get()
                .uri("/api/v1/api-keys/" + id)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.scope")
                .isEqualTo("browser")
                .jsonPath("$.allowedOrigins[0]")
                .isEqualTo(SHOP);

        String serverKey = TestStack.apiKey(client, admin, "crm sync");
        client.get()
                .uri("/api/v1/api-keys/" + serverKey.substring(3, 19))
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange()
                .expectBody()
                .jsonPath("$.scope")
                .isEqualTo("server");
        assertThat(jdbc.sql("select count(*) from api_key where scope not in ('server', 'browser')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_browser_key_without_exact_origins_is_refused_naming_the_field() {
        for (Object origins : List.of(List.of(), List.of("*"), List.of("https://shop.example.com/"), "https://x.io")) {
            create(Map.of("name", "website", "scope", "browser", "allowedOrigins", origins))
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.field")
                    .isEqualTo("allowedOrigins");
        }
        create(Map.of("name", "website", "scope", "everything"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.field")
                .isEqualTo("scope");
        create(Map.of("name", "crm", "allowedOrigins", List.of(SHOP)))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.field")
                .isEqualTo("allowedOrigins");
    }

    @Test
    void a_browser_key_works_only_from_its_origins_and_only_on_segment_track_page_identify() {
        String key = browserKey("landing pages", false);

        send(key, "/v1/page", SHOP).expectStatus().isOk();
        send(key, "/v1/page", null)
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(StubService.SERVICE_HEADER)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://leadflow.io/problems/origin-not-allowed");
        send(key, "/v1/track", "https://evil.example.net")
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.rule")
                .isEqualTo("browser-key-origin");
        send(key, "/api/v1/events", SHOP)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://leadflow.io/problems/browser-key-scope");
    }

    @Test
    void of_every_route_an_event_source_may_use_a_browser_key_reaches_only_segment_track_page_identify_batch() {
        List<AccessRule> sourceRules = AccessMatrix.RULES.stream()
                .filter(rule -> rule.roles().contains(Role.SOURCE))
                .toList();
        assertThat(sourceRules).isNotEmpty();
        for (AccessRule rule : sourceRules) {
            String path = rule.pattern().replace("**", "x").replace("*", "x");
            HttpMethod method = rule.method() == null ? HttpMethod.POST : rule.method();
            boolean allowed = BrowserKeyOrigins.BROWSER_PATHS.contains(path);
            // a key per route: the browser-key bucket here holds only three requests per address
            String key = browserKey("matrix " + path, false);
            client.method(method)
                    .uri(path)
                    .header("X-Api-Key", key)
                    .header(HttpHeaders.ORIGIN, SHOP)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(PAGE)
                    .exchange()
                    .expectStatus()
                    .value(status -> assertThat(status).as(method + " " + path).isEqualTo(allowed ? 200 : 403));
        }
    }

    @Test
    void the_caller_token_names_the_scope_and_the_buying_signal_allowance() {
        String browser = browserKey("pricing page", true);
        send(browser, "/v1/track", SHOP).expectStatus().isOk();
        JWTClaimsSet claims = TestStack.SERVICES
                .get("ingestion")
                .lastRequestTo("/v1/track")
                .orElseThrow()
                .caller()
                .orElseThrow();
        assertThat(claims.getClaim("key_scope")).isEqualTo("browser");
        assertThat(claims.getClaim("buying_signals")).isEqualTo(true);

        String server = TestStack.apiKey(client, admin, "backend");
        send(server, "/v1/identify", null).expectStatus().isOk();
        JWTClaimsSet serverClaims = TestStack.SERVICES
                .get("ingestion")
                .lastRequestTo("/v1/identify")
                .orElseThrow()
                .caller()
                .orElseThrow();
        assertThat(serverClaims.getClaim("key_scope")).isEqualTo("server");
    }

    @Test
    void a_browser_key_is_limited_per_client_address() {
        String key = browserKey("blog", false);
        for (int remaining = 2; remaining >= 0; remaining--) {
            send(key, "/v1/page", SHOP)
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals("RateLimit-Limit", "3")
                    .expectHeader()
                    .valueEquals("RateLimit-Remaining", Integer.toString(remaining));
        }
        send(key, "/v1/page", SHOP)
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(String.valueOf(detail)).contains("from one client address"));

        // the same key from another client address has a full bucket of its own
        WebTestClient fromElsewhere = WebTestClient.bindToServer(
                        new org.springframework.http.client.reactive.ReactorClientHttpConnector(
                                reactor.netty.http.client.HttpClient.create()
                                        .bindAddress(() -> new InetSocketAddress("127.0.0.2", 0))))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(java.time.Duration.ofSeconds(30))
                .build();
        fromElsewhere
                .post()
                .uri("/v1/page")
                .header("X-Api-Key", key)
                .header(HttpHeaders.ORIGIN, SHOP)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PAGE)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("RateLimit-Remaining", "2");
    }

    @Test
    void a_preflight_from_a_page_on_the_segment_paths_is_answered() {
        client.options()
                .uri("/v1/track")
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,authorization")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SHOP)
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> assertThat(methods).contains("POST"));
    }

    private String browserKey(String name, boolean buyingSignals) {
        Map<?, ?> created = create(Map.of(
                        "name",
                        name,
                        "scope",
                        "browser",
                        "allowedOrigins",
                        List.of(SHOP, "https://www.example.com"),
                        "buyingSignals",
                        buyingSignals))
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return String.valueOf(created.get("key"));
    }

    private WebTestClient.ResponseSpec create(Map<String, Object> request) {
        return client.post()
                .uri("/api/v1/api-keys")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange();
    }

    private WebTestClient.ResponseSpec send(String key, String path, String origin) {
        return client.post()
                .uri(path)
                .header("X-Api-Key", key)
                .headers(headers -> {
                    if (origin != null) {
                        headers.set(HttpHeaders.ORIGIN, origin);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PAGE)
                .exchange();
    }
}
