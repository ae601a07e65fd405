package io.leadflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.leadflow.gateway.config.SecurityProperties;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

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

    @Test
    void a_local_run_with_its_own_provider_accepts_the_local_issuers_and_the_providers_tokens_and_no_others()
            throws Exception {
        LocalIssuer provider =
                new LocalIssuer("http://localhost:8094", "leadflow", Duration.ofHours(1), Clock.systemUTC());
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = JsonMapper.shared().writeValueAsBytes(provider.jwks());
        jwks.createContext("/jwks", exchange -> {
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        jwks.start();
        try {
            ReactiveJwtDecoder decoder = decoder(
                    URI.create("http://localhost:8094"),
                    URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks"),
                    "leadflow",
                    local);
            String stranger = new LocalIssuer(
                            "http://localhost:8094", "leadflow", Duration.ofHours(1), Clock.systemUTC())
                    .mint("mallory@b.test", List.of("admin"))
                    .getTokenValue();

            assertThat(decoder.decode(
                                    local.mint("tool@b.test", List.of("admin")).getTokenValue())
                            .block()
                            .getClaimAsString("email"))
                    .isEqualTo("tool@b.test");
            assertThat(decoder.decode(provider.mint("rep@b.test", List.of("sales_rep"))
                                    .getTokenValue())
                            .block()
                            .getClaimAsString("email"))
                    .isEqualTo("rep@b.test");
            assertThatThrownBy(() -> decoder.decode(stranger).block()).isInstanceOf(BadJwtException.class);
        } finally {
            jwks.stop(0);
        }
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
