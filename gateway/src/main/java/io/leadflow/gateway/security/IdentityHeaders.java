package io.leadflow.gateway.security;

import io.leadflow.gateway.apikey.ApiKeyAuthentication;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Tells the services who is calling, after authentication and authorization: {@code X-LeadFlow-User} (the
 * person's lower-case e-mail, or {@code apikey:<id>}) and {@code X-LeadFlow-Roles} (comma-separated). Any
 * client copy of these headers was already removed before authentication; an anonymous request (a public
 * path) reaches a service without them. The caller's credentials (bearer token, API key) stop here: services
 * never see them, so they cannot leak into a service's logs.
 */
public class IdentityHeaders implements WebFilter {

    public static final String USER = "X-LeadFlow-User";
    public static final String ROLES = "X-LeadFlow-Roles";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(caller -> withIdentity(exchange, caller))
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }

    private static ServerWebExchange withIdentity(ServerWebExchange exchange, Authentication caller) {
        String roles = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(Role::fromWireName)
                .flatMap(Optional::stream)
                .sorted()
                .map(Role::wireName)
                .collect(Collectors.joining(","));
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    headers.remove(HttpHeaders.AUTHORIZATION);
                    headers.remove(ApiKeyAuthentication.HEADER);
                    headers.set(USER, caller.getName());
                    headers.set(ROLES, roles);
                })
                .build();
        return exchange.mutate().request(request).build();
    }
}
