package io.leadflow.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.HeaderBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one way a LeadFlow app behind the gateway checks its caller: every request outside {@code openPaths} carries
 * the gateway's token in {@value CallerToken#HEADER}, verified by {@code decoder}; a missing or refused one goes to
 * {@code refused}. Stateless, no session, CSRF or request cache (the gateway handles those for browsers).
 */
public final class CallerTokenChain {

    private CallerTokenChain() {}

    public static SecurityFilterChain build(
            HttpSecurity http, JwtDecoder decoder, String[] openPaths, AuthenticationEntryPoint refused) {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(openPaths)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(
                        server -> server.bearerTokenResolver(new HeaderBearerTokenResolver(CallerToken.HEADER))
                                .jwt(jwt -> jwt.decoder(decoder))
                                .authenticationEntryPoint(refused))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refused))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> {});
        return http.build();
    }
}
