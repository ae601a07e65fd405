package io.leadflow.gateway.security;

import io.leadflow.gateway.apikey.ApiKeyAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * After authentication and authorization, the caller's credentials (bearer token, API key) stop here: services never
 * see them, so they cannot leak into a service's logs. Who is calling travels on as the signed caller token
 * ({@link CallerTokens}), which {@code filter.CallerTokenFilter} adds once the route, and so the audience, is known.
 */
public class IdentityHeaders implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(caller -> withoutCredentials(exchange))
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }

    private static ServerWebExchange withoutCredentials(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    headers.remove(HttpHeaders.AUTHORIZATION);
                    headers.remove(ApiKeyAuthentication.HEADER);
                })
                .build();
        return exchange.mutate().request(request).build();
    }
}
