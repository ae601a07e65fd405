package io.leadflow.gateway.security;

import io.leadflow.gateway.config.SecurityProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Which tokens the gateway believes: those signed by the keys at {@code jwk-set-uri} (or found through
 * {@code issuer-uri}'s discovery document, fetched lazily on the first token, so the gateway starts while the
 * provider is down). In a local run that provider is the local identity provider, where people sign in with a
 * password; the gateway signs no tokens itself. Issuer (when configured), audience (unless set empty) and expiry
 * are checked. With neither configured, no token is accepted and people cannot sign in.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JwtDecoderConfiguration.class);

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties security) {
        SecurityProperties.Jwt jwt = security.jwt();
        String issuerUri = present(jwt.issuerUri());
        String jwkSetUri = present(jwt.jwkSetUri());
        if (jwkSetUri != null) {
            return validated(NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build(), issuerUri, jwt);
        }
        if (issuerUri != null) {
            return validated(
                    NimbusReactiveJwtDecoder.withIssuerLocation(issuerUri).build(), issuerUri, jwt);
        }
        log.warn("No identity provider configured (leadflow.security.jwt.issuer-uri or jwk-set-uri): "
                + "no bearer token will be accepted; only API keys can call the gateway.");
        return token -> Mono.error(new BadJwtException("no identity provider is configured"));
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
