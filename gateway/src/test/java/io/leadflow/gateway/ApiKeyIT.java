package io.leadflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.gateway.apikey.ApiKeyStore;
import io.leadflow.gateway.config.SecurityProperties;
import io.leadflow.kernel.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Event sources' keys: created by an admin, shown once, stored hashed, scoped to ingestion, refused once revoked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
class ApiKeyIT {

    private static final String EVENT = """
            {"type":"page_viewed","email":"sam@contoso.test","occurredAt":"2026-11-01T09:00:00Z"}""";

    private final WebTestClient client;
    private final JdbcClient jdbc;
    private final String admin;

    ApiKeyIT(@Autowired WebTestClient client, @Autowired JdbcClient jdbc) {
        this.client = client;
        this.jdbc = jdbc;
        this.admin = TestStack.bearer("admin@leadflow.test", "admin");
    }

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.everything(registry);
    }

    @Test
    void an_admin_s_new_key_lets_a_source_post_events_and_segment_calls_as_that_key() {
        String key = TestStack.apiKey(client, admin, "website forms");
        String keyId = key.substring(3, 19);

        client.post()
                .uri("/api/v1/events")
                .header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(EVENT)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(StubService.SERVICE_HEADER, "ingestion")
                .expectHeader()
                .valueEquals(StubService.ECHO_USER, "apikey:" + keyId)
                .expectHeader()
                .valueEquals(StubService.ECHO_ROLES, "source");
        client.post()
                .uri("/v1/track")
                .header(HttpHeaders.AUTHORIZATION, segmentBasic(key))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"event\":\"Signed Up\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(StubService.ECHO_USER, "apikey:" + keyId);

        StubService.Received received =
                TestStack.SERVICES.get("ingestion").lastRequestTo("/v1/track").orElseThrow();
        assertThat(received.header("Authorization"))
                .as("the key stops at the gateway")
                .isEmpty();
        assertThat(TestStack.SERVICES
                        .get("ingestion")
                        .lastRequestTo("/api/v1/events")
                        .orElseThrow()
                        .header("X-Api-Key"))
                .isEmpty();
    }

    @Test
    void the_key_is_shown_once_and_only_its_hash_is_stored() {
        String key = TestStack.apiKey(client, admin, "webinar tool");
        String keyId = key.substring(3, 19);

        assertThat(key).matches("lf_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        client.get()
                .uri("/api/v1/api-keys/" + keyId)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("webinar tool")
                .jsonPath("$.createdBy")
                .isEqualTo("admin@leadflow.test")
                .jsonPath("$.key")
                .doesNotExist();
        client.get()
                .uri("/api/v1/api-keys")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains(keyId).doesNotContain(key));
        byte[] stored = jdbc.sql("select secret_sha256 from api_key where key_id = ?")
                .param(keyId)
                .query(byte[].class)
                .single();
        assertThat(stored).hasSize(32);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(key.substring(20));
    }

    @Test
    void a_revoked_key_is_refused_with_401() {
        String key = TestStack.apiKey(client, admin, "old CRM sync");
        String keyId = key.substring(3, 19);
        client.post()
                .uri("/api/v1/contacts")
                .header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"sam@contoso.test\"}")
                .exchange()
                .expectStatus()
                .isOk();

        client.delete()
                .uri("/api/v1/api-keys/" + keyId)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange()
                .expectStatus()
                .isNoContent();

        client.post()
                .uri("/api/v1/contacts")
                .header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"sam@contoso.test\"}")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .doesNotExist(StubService.SERVICE_HEADER);
        client.post()
                .uri("/v1/identify")
                .header(HttpHeaders.AUTHORIZATION, segmentBasic(key))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.get()
                .uri("/api/v1/api-keys/" + keyId)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.revokedBy")
                .isEqualTo("admin@leadflow.test")
                .jsonPath("$.revokedAt")
                .exists();
    }

    @Test
    void another_replica_refuses_a_revoked_key_once_its_cache_ttl_has_passed() {
        String key = TestStack.apiKey(client, admin, "replicated source");
        String keyId = key.substring(3, 19);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T09:00:00Z"));
        ApiKeyStore otherReplica = new ApiKeyStore(
                jdbc,
                clock,
                new SecurityProperties(null, new SecurityProperties.ApiKeys(Duration.ofSeconds(30)), null));
        assertThat(otherReplica.find(keyId).block())
                .hasValueSatisfying(found -> assertThat(found.isRevoked()).isFalse());

        client.delete()
                .uri("/api/v1/api-keys/" + keyId)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange()
                .expectStatus()
                .isNoContent();

        clock.advance(Duration.ofSeconds(29));
        assertThat(otherReplica.find(keyId).block())
                .as("still within the TTL: the documented delay")
                .hasValueSatisfying(found -> assertThat(found.isRevoked()).isFalse());
        clock.advance(Duration.ofSeconds(2));
        assertThat(otherReplica.find(keyId).block())
                .hasValueSatisfying(found -> assertThat(found.isRevoked()).isTrue());
    }

    @Test
    void a_key_with_a_known_id_but_a_wrong_secret_is_refused() {
        String key = TestStack.apiKey(client, admin, "guessed");
        String tampered = key.substring(0, 20) + (key.charAt(20) == 'A' ? 'B' : 'A') + key.substring(21);

        client.post()
                .uri("/api/v1/events")
                .header("X-Api-Key", tampered)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(EVENT)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void only_admins_manage_keys_and_a_key_cannot_manage_keys() {
        String marketing = TestStack.bearer("marketing@leadflow.test", "marketing");
        String key = TestStack.apiKey(client, admin, "curious source");

        client.post()
                .uri("/api/v1/api-keys")
                .header(HttpHeaders.AUTHORIZATION, marketing)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "mine"))
                .exchange()
                .expectStatus()
                .isForbidden();
        client.get()
                .uri("/api/v1/api-keys")
                .header("X-Api-Key", key)
                .exchange()
                .expectStatus()
                .isForbidden();
        client.post()
                .uri("/api/v1/api-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "anon"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void a_key_without_a_sane_name_is_refused_naming_the_field_and_an_unknown_key_is_404() {
        client.post()
                .uri("/api/v1/api-keys")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "bad\u0000name"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.field")
                .isEqualTo("name");
        client.post()
                .uri("/api/v1/api-keys")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": [1, 2")
                .exchange()
                .expectStatus()
                .isBadRequest();
        for (String notText : List.of("1e400", "true", "42", "{\"first\": \"forms\"}")) {
            client.post()
                    .uri("/api/v1/api-keys")
                    .header(HttpHeaders.AUTHORIZATION, admin)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"name\": " + notText + "}")
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.field")
                    .isEqualTo("name");
        }
        client.delete()
                .uri("/api/v1/api-keys/0123456789abcdef")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String segmentBasic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }
}
