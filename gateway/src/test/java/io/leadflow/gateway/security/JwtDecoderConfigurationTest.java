package io.leadflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.gateway.config.SecurityProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

class JwtDecoderConfigurationTest {

    private final LocalIssuer local = new LocalIssuer(
            "http://localhost/leadflow-local-issuer", "leadflow", Duration.ofHours(1), Clock.systemUTC());

    @Test
    void with_no_provider_configured_no_token_is_accepted_even_a_well_signed_one() {
        ReactiveJwtDecoder decoder = decoder(URI.create(""), URI.create(""), "leadflow", null);
        String token = local.mint("admin@leadflow.test", List.of("admin")).getTokenValue();

        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(BadJwtException.class);
    }

    @Test
    void a_local_token_for_another_audience_is_refused() {
        ReactiveJwtDecoder decoder = decoder(null, null, "leadflow", local);
        String elsewhere = new LocalIssuer(
                        "http://localhost/leadflow-local-issuer", "another-app", Duration.ofHours(1), Clock.systemUTC())
                .mint("a@b.test", List.of())
                .getTokenValue();
        String forUs = local.mint("a@b.test", List.of()).getTokenValue();

        decoder.decode(forUs).block();
        assertThatThrownBy(() -> decoder.decode(elsewhere).block()).isInstanceOf(BadJwtException.class);
    }

    private static ReactiveJwtDecoder decoder(URI issuer, URI jwkSet, String audience, LocalIssuer local) {
        SecurityProperties properties = new SecurityProperties(
                new SecurityProperties.Jwt(issuer, jwkSet, audience, "roles", "email"), null, null, null);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (local != null) {
            beans.registerSingleton("localIssuer", local);
        }
        return new JwtDecoderConfiguration().jwtDecoder(properties, beans.getBeanProvider(LocalIssuer.class));
    }
}
