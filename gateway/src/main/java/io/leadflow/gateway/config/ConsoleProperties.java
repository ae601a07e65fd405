package io.leadflow.gateway.config;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web console behind the gateway. With {@code url} set, every browser path outside the API is routed there
 * and people sign in through {@code spring.security.oauth2.client.registration.<registration>} (OpenID Connect,
 * Authorization Code with PKCE); the gateway keeps the session and relays the person's token to the console only.
 * Without it, the gateway is the API door it always was.
 */
@ConfigurationProperties(prefix = "leadflow.console")
public record ConsoleProperties(
        @Nullable URI url, @DefaultValue("leadflow") String registration) {}
