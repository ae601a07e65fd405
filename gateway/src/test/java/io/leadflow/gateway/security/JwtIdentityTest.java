package io.leadflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class JwtIdentityTest {

    @Test
    void roles_come_from_a_nested_claim_path_and_the_name_is_the_lower_case_e_mail() {
        Jwt jwt = token(Map.of(
                "email",
                "Rita.Rep@Example.COM",
                "realm_access",
                Map.of("roles", List.of("sales_rep", "offline_access", "SALES_MANAGER"))));

        AbstractAuthenticationToken caller =
                new JwtIdentity("realm_access.roles", "email").convert(jwt).block();

        assertThat(caller.getName()).isEqualTo("rita.rep@example.com");
        assertThat(caller.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("sales_rep", "sales_manager");
    }

    @Test
    void roles_may_be_a_space_or_comma_separated_string_and_a_token_never_makes_its_bearer_a_source() {
        Jwt jwt = token(Map.of("mail", "m@example.com", "groups", "marketing, source admin"));

        AbstractAuthenticationToken caller =
                new JwtIdentity("groups", "mail").convert(jwt).block();

        assertThat(caller.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("marketing", "admin");
    }

    @Test
    void a_token_without_roles_signs_in_with_no_role() {
        AbstractAuthenticationToken caller = new JwtIdentity("roles", "email")
                .convert(token(Map.of("email", "nobody@example.com")))
                .block();

        assertThat(caller.getAuthorities()).isEmpty();
    }

    @Test
    void a_token_without_an_e_mail_is_refused_as_invalid() {
        JwtIdentity identity = new JwtIdentity("roles", "email");

        assertThatThrownBy(() -> identity.convert(token(Map.of("roles", List.of("admin"))))
                        .block())
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageContaining("email");
    }

    @ParameterizedTest(name = "email_verified {0}")
    @MethodSource("unverified")
    void a_token_whose_e_mail_the_provider_has_not_verified_names_nobody(Object emailVerified) {
        Map<String, Object> claims = new HashMap<>(Map.of("email", "ceo@example.com", "roles", List.of("admin")));
        if (emailVerified != null) {
            claims.put("email_verified", emailVerified);
        }
        JwtIdentity identity = new JwtIdentity("roles", "email");

        assertThatThrownBy(() -> identity.convert(unverifiedToken(claims)).block())
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageContaining("email_verified");
    }

    static Stream<Arguments> unverified() {
        return Stream.of(Arguments.of((Object) null), Arguments.of(false), Arguments.of("false"), Arguments.of("yes"));
    }

    @Test
    void email_verified_sent_as_the_string_true_counts_as_verified() {
        AbstractAuthenticationToken caller = new JwtIdentity("roles", "email")
                .convert(unverifiedToken(Map.of("email", "a@example.com", "email_verified", "TRUE")))
                .block();

        assertThat(caller.getName()).isEqualTo("a@example.com");
    }

    /** A token with these claims and no others: a verified e-mail only if the claims say so. */
    private static Jwt unverifiedToken(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("s")
                .issuedAt(Instant.parse("2026-11-01T09:00:00Z"))
                .expiresAt(Instant.parse("2026-11-01T10:00:00Z"));
        claims.forEach(builder::claim);
        return builder.build();
    }

    /** A token with these claims, its e-mail verified by the provider. */
    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .claim("email_verified", true)
                .header("alg", "RS256")
                .subject("s")
                .issuedAt(Instant.parse("2026-11-01T09:00:00Z"))
                .expiresAt(Instant.parse("2026-11-01T10:00:00Z"));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
