package io.leadflow.gateway;

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
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The company's provider, played by the tests' provider stand-in (a real JWKS endpoint and a key of the test's own),
 * configured the way a Keycloak realm would be: roles nested in {@code realm_access.roles}, a required audience and
 * issuer.
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

    private static final StubProvider PROVIDER = StubProvider.start();

    private final WebTestClient client;

    ExternalIdentityProviderIT(@Autowired WebTestClient client) {
        this.client = client;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestStack::databaseUrl);
        registry.add("leadflow.security.jwt.jwk-set-uri", PROVIDER::jwksUrl);
        TestStack.SERVICES.forEach((name, stub) -> registry.add("leadflow.services." + name, stub::url));
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.close();
    }

    @Test
    void a_provider_token_with_nested_roles_reaches_the_service_as_that_person() {
        String token = sign(PROVIDER, ISSUER, "leadflow-api", Instant.now().plus(Duration.ofMinutes(5)));

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
        List<String> refused;
        try (StubProvider stranger = StubProvider.start()) {
            refused = List.of(
                    sign(PROVIDER, ISSUER, "some-other-app", later),
                    sign(PROVIDER, "https://evil.example/realms/leadflow", "leadflow-api", later),
                    sign(stranger, ISSUER, "leadflow-api", later),
                    sign(PROVIDER, ISSUER, "leadflow-api", Instant.now().minus(Duration.ofHours(1))));
        }
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
    void a_token_whose_e_mail_the_provider_has_not_verified_never_reaches_a_service() {
        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        for (Object emailVerified : java.util.Arrays.asList(null, false, "false")) {
            client.get()
                    .uri("/api/v1/reports/sla")
                    .header(
                            HttpHeaders.AUTHORIZATION,
                            "Bearer " + sign(PROVIDER, ISSUER, "leadflow-api", later, emailVerified))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .doesNotExist(StubService.SERVICE_HEADER);
        }
    }

    @Test
    void the_gateway_signs_no_tokens_of_its_own() {
        client.post()
                .uri("/local-auth/token")
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue("{\"email\":\"me@leadflow.test\",\"roles\":[\"admin\"]}")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.access_token")
                .doesNotExist();
    }

    /** A Keycloak-shaped token: roles under {@code realm_access}, the e-mail in mixed case. */
    private static String sign(StubProvider provider, String issuer, String audience, Instant expiresAt) {
        return sign(provider, issuer, audience, expiresAt, true);
    }

    /** @param emailVerified the {@code email_verified} claim, left out when null */
    private static String sign(
            StubProvider provider, String issuer, String audience, Instant expiresAt, Object emailVerified) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("f:1234")
                .audience(List.of(audience, "account"))
                .issuedAt(expiresAt.minus(Duration.ofHours(2)))
                .expiresAt(expiresAt)
                .claim("email", "Mia.Manager@leadflow.test")
                .claim("realm_access", Map.of("roles", List.of("sales_manager", "offline_access")));
        if (emailVerified != null) {
            claims.claim("email_verified", emailVerified);
        }
        return provider.sign(claims.build());
    }
}
