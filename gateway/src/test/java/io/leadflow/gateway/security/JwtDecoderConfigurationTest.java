package io.leadflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.gateway.StubProvider;
import io.leadflow.gateway.config.SecurityProperties;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The gateway believes the configured provider's tokens for its audience, and no one else's. */
class JwtDecoderConfigurationTest {

    private static final StubProvider PROVIDER = StubProvider.start();

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.close();
    }

    @Test
    void with_no_provider_configured_no_token_is_accepted_even_a_well_signed_one() {
        ReactiveJwtDecoder decoder = decoder(URI.create(""), URI.create(""), "leadflow");
        String token = PROVIDER.accessToken("admin@leadflow.test", List.of("admin"));

        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(BadJwtException.class);
    }

    @Test
    void the_providers_token_for_our_audience_is_accepted_and_one_for_another_audience_is_refused() {
        ReactiveJwtDecoder decoder = decoder(URI.create(PROVIDER.url()), URI.create(PROVIDER.jwksUrl()), "leadflow");
        String elsewhere = PROVIDER.sign(PROVIDER.accessClaims("a@b.test", List.of())
                .audience(List.of("another-app"))
                .build());

        assertThat(decoder.decode(PROVIDER.accessToken("rep@b.test", List.of("sales_rep")))
                        .block()
                        .getClaimAsString("email"))
                .isEqualTo("rep@b.test");
        assertThatThrownBy(() -> decoder.decode(elsewhere).block()).isInstanceOf(BadJwtException.class);
    }

    @Test
    void a_token_signed_with_another_key_or_naming_another_issuer_is_refused() {
        ReactiveJwtDecoder decoder = decoder(URI.create(PROVIDER.url()), URI.create(PROVIDER.jwksUrl()), "leadflow");
        String otherIssuer = PROVIDER.sign(PROVIDER.accessClaims("mallory@b.test", List.of("admin"))
                .issuer("http://127.0.0.1:1/elsewhere")
                .build());
        String otherKey;
        try (StubProvider stranger = StubProvider.start()) {
            otherKey = stranger.sign(
                    PROVIDER.accessClaims("mallory@b.test", List.of("admin")).build());
        }

        assertThatThrownBy(() -> decoder.decode(otherIssuer).block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(otherKey).block()).isInstanceOf(BadJwtException.class);
    }

    private static ReactiveJwtDecoder decoder(URI issuer, URI jwkSet, String audience) {
        SecurityProperties properties = new SecurityProperties(
                new SecurityProperties.Jwt(issuer, jwkSet, audience, "roles", "email"), null, null);
        return new JwtDecoderConfiguration().jwtDecoder(properties);
    }
}
