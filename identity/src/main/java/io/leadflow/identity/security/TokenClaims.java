package io.leadflow.identity.security;

import io.leadflow.identity.config.IdentityProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts into the access token and the ID token what the gateway reads from any provider: {@code email} (the
 * signed-in user name), {@code email_verified} (true: the people are configured by whoever runs the provider) and
 * {@code roles} (the LeadFlow roles, without Spring's prefix); the access token also
 * names the {@code leadflow} audience next to the client, so the gateway accepts it as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class TokenClaims {

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> leadflowClaims(IdentityProperties identity) {
        return context -> {
            List<String> roles = context.getPrincipal().getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith(ConfiguredUsers.ROLE_PREFIX))
                    .map(authority -> authority.substring(ConfiguredUsers.ROLE_PREFIX.length()))
                    .filter(IdentityProperties.ROLES::contains)
                    .toList();
            String email = context.getPrincipal().getName();
            // the provider's people are configured by whoever runs it, so their addresses are vouched for
            context.getClaims()
                    .claim("email", email)
                    .claim("email_verified", true)
                    .claim("roles", roles);
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().claims(claims -> {
                    List<String> audience = new ArrayList<>(List.of(identity.audience()));
                    audience.add(context.getRegisteredClient().getClientId());
                    claims.put("aud", audience);
                });
            }
        };
    }
}
