package io.leadflow.gateway.security;

import io.leadflow.gateway.config.SecurityProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Which tokens the gateway believes: those signed by the keys at {@code jwk-set-uri} (or found through
 * {@code issuer-uri}'s discovery document, fetched lazily on the first token, so the gateway starts while the
 * provider is down), and the local issuer's when it is on (a local run: both, when the local stack runs its own
 * provider for the console). Issuer (when configured), audience (unless set
 * empty) and expiry are checked. With neither configured, no token is accepted and people cannot sign in.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JwtDecoderConfiguration.class);

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties security, ObjectProvider<LocalIssuer> localIssuer) {
        SecurityProperties.Jwt jwt = security.jwt();
        String issuerUri = present(jwt.issuerUri());
        String jwkSetUri = present(jwt.jwkSetUri());
        LocalIssuer local = localIssuer.getIfAvailable();
        @Nullable ReactiveJwtDecoder provider = null;
        if (jwkSetUri != null) {
            provider =
                    validated(NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build(), issuerUri, jwt);
        } else if (issuerUri != null) {
            provider = validated(
                    NimbusReactiveJwtDecoder.withIssuerLocation(issuerUri).build(), issuerUri, jwt);
        }
        if (local != null) {
            ReactiveJwtDecoder own = validated(
                    NimbusReactiveJwtDecoder.withPublicKey(local.publicKey()).build(), local.issuer(), jwt);
            return provider == null ? own : either(own, provider);
        }
        if (provider != null) {
            return provider;
        }
        log.warn("No identity provider configured (leadflow.security.jwt.issuer-uri or jwk-set-uri): "
                + "no bearer token will be accepted; only API keys can call the gateway.");
        return token -> Mono.error(new BadJwtException("no identity provider is configured"));
    }

    /**
     * A local run with the console has both: the local issuer's tokens (the demo's tools, curl) and the local
     * provider's, which the console relays for the signed-in person. Each is checked with its own key and issuer.
     */
    private static ReactiveJwtDecoder either(ReactiveJwtDecoder local, ReactiveJwtDecoder provider) {
        return token -> local.decode(token).onErrorResume(JwtException.class, notLocal -> provider.decode(token));
    }

    private static NimbusReactiveJwtDecoder validated(
            NimbusReactiveJwtDecoder decoder, @Nullable String issuer, SecurityProperties.Jwt jwt) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        if (issuer != null) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        if (!jwt.audience().isBlank()) {
            validators.add(new JwtAudienceValidator(jwt.audience()));
        }
        decoder.setJwtValidator(
                validators.isEmpty()
                        ? JwtValidators.createDefault()
                        : JwtValidators.createDefaultWithValidators(validators));
        return decoder;
    }

    /** An empty environment variable means "not configured". */
    private static @Nullable String present(@Nullable URI uri) {
        return uri == null || uri.toString().isBlank() ? null : uri.toString();
    }
}
