package io.leadflow.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may come in. People bring a JWT from the company's OpenID Connect provider ({@code jwt}); event sources
 * bring an API key ({@code apiKeys}). A local run has no self-made tokens: its people sign in at the local
 * identity provider, which the gateway trusts like any other ({@code jwt}). A web console on another origin needs its origin in {@code cors.allowedOrigins}.
 */
@ConfigurationProperties(prefix = "leadflow.security")
public record SecurityProperties(
        @DefaultValue Jwt jwt,
        @DefaultValue ApiKeys apiKeys,
        @DefaultValue Cors cors) {

    /**
     * The provider's tokens: where their signing keys are ({@code jwkSetUri}, or discovered from
     * {@code issuerUri}), which issuer and audience they must name, and which claims carry roles and e-mail.
     * A claim path may be nested with dots, e.g. {@code realm_access.roles} for Keycloak.
     */
    public record Jwt(
            @Nullable URI issuerUri,
            @Nullable URI jwkSetUri,
            @DefaultValue("leadflow") String audience,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("email") String emailClaim) {}

    /** How long a replica may trust its cached view of a key: a revoked key is refused at most this late. */
    public record ApiKeys(@DefaultValue("30s") Duration cacheTtl) {

        public ApiKeys {
            if (cacheTtl.isNegative()) {
                throw new IllegalArgumentException("leadflow.security.api-keys.cache-ttl must not be negative");
            }
        }
    }

    /** Origins of web consoles allowed to call the API from a browser; none by default. */
    public record Cors(@DefaultValue List<String> allowedOrigins) {}
}
