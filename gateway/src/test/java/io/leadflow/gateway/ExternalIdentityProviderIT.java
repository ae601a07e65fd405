package io.leadflow.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The company's provider, played by a local JWKS endpoint and a key of the test's own, configured the way a
 * Keycloak realm would be: roles nested in {@code realm_access.roles}, a required audience and issuer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "leadflow.security.jwt.issuer-uri=" + ExternalIdentityProviderIT.ISSUER,
            "leadflow.security.jwt.audience=leadflow-api",
            "leadflow.security.jwt.roles-claim=realm_access.roles"
        })
@AutoConfigureWebTestClient
@Import(ReadWholeResponses.class)
class ExternalIdentityProviderIT {

    static final String ISSUER = "https://idp.leadflow.test/realms/leadflow";

    private static final RSAKey KEY = rsaKey("provider-key");
    private static final HttpServer PROVIDER = jwks(KEY);

    private final WebTestClient client;

    ExternalIdentityProviderIT(@Autowired WebTestClient client) {
        this.client = client;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestStack::databaseUrl);
        registry.add("leadflow.security.local-issuer.enabled", () -> "false");
        registry.add(
                "leadflow.security.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/jwks");
        TestStack.SERVICES.forEach((name, stub) -> registry.add("leadflow.services." + name, stub::url));
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.stop(0);
    }

    @Test
    void a_provider_token_with_nested_roles_reaches_the_service_as_that_person() {
        String token = sign(KEY, ISSUER, "leadflow-api", Instant.now().plus(Duration.ofMinutes(5)));

        client.get()
                .uri("/api/v1/reports/sla")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(StubService.ECHO_USER, "mia.manager@leadflow.test")
                .expectHeader()
                .valueEquals(StubService.ECHO_ROLES, "sales_manager");
    }

    @Test
    void a_token_for_another_audience_issuer_or_key_or_an_expired_one_is_refused_with_401() {
        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        List<String> refused = List.of(
                sign(KEY, ISSUER, "some-other-app", later),
                sign(KEY, "https://evil.example/realms/leadflow", "leadflow-api", later),
                sign(rsaKey("provider-key"), ISSUER, "leadflow-api", later),
                sign(KEY, ISSUER, "leadflow-api", Instant.now().minus(Duration.ofHours(1))));
        for (String token : refused) {
            client.get()
                    .uri("/api/v1/reports/sla")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .doesNotExist(StubService.SERVICE_HEADER);
        }
    }

    @Test
    void the_local_token_endpoint_does_not_exist_when_the_local_issuer_is_off() {
        client.post()
                .uri("/local-auth/token")
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue("{\"email\":\"me@leadflow.test\",\"roles\":[\"admin\"]}")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private static String sign(RSAKey key, String issuer, String audience, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("f:1234")
                .audience(List.of(audience, "account"))
                .issuedAt(expiresAt.minus(Duration.ofHours(2)))
                .expiresAt(expiresAt)
                .claim("email", "Mia.Manager@leadflow.test")
                .claim("realm_access", Map.of("roles", List.of("sales_manager", "offline_access")))
                .build();
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(header, claims))
                .getTokenValue();
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer jwks(RSAKey key) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                try (exchange) {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
