package io.leadflow.support.security;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks the gateway's caller tokens ({@code leadflow.security.gateway-token.*}).
 *
 * @param jwkSetUri the gateway's published keys, e.g. {@code http://gateway:8080/.well-known/leadflow-jwks.json};
 *     required: a service without it does not start
 * @param issuer the {@code iss} every token must carry
 * @param audience the {@code aud} every token must contain; the service's {@code spring.application.name} when unset
 * @param clockSkew how far the clocks of the gateway and the service may disagree when expiry is checked
 */
@ConfigurationProperties("leadflow.security.gateway-token")
public record GatewayTokenProperties(
        @Nullable URI jwkSetUri,
        @DefaultValue(CallerToken.DEFAULT_ISSUER) String issuer,
        @Nullable String audience,
        @DefaultValue("5s") Duration clockSkew) {}
