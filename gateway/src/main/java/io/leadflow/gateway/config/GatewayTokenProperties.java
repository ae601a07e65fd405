package io.leadflow.gateway.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The caller tokens the gateway signs for every call it forwards ({@code leadflow.security.gateway-token.*}).
 *
 * @param issuer the {@code iss} of every token; the services check it
 * @param ttl how long a token is valid
 * @param signingKeys a JWK set with RSA private keys (from a secret, shared by every replica): the first signs, all
 *     are published; unset, each replica makes its own key at start and replaces it every {@code rotation}
 * @param rotation how often a replica's own key is replaced; the previous key stays published until the next change
 */
@ConfigurationProperties("leadflow.security.gateway-token")
public record GatewayTokenProperties(
        @DefaultValue("leadflow-gateway") String issuer,
        @DefaultValue("60s") Duration ttl,
        @Nullable String signingKeys,
        @DefaultValue("24h") Duration rotation) {

    public GatewayTokenProperties {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("leadflow.security.gateway-token.ttl must be between 1s and 10m");
        }
        if (rotation.compareTo(ttl.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException(
                    "leadflow.security.gateway-token.rotation must be at least twice the token's ttl");
        }
    }
}
