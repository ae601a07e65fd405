package io.leadflow.gateway.filter;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Of the browser's cookies, the console gets only the CSRF token it renders into its pages: the session cookie
 * (which stands for the signed-in person) and any other cookie of the site stay at the gateway.
 */
public final class ConsoleCookies implements GatewayFilter {

    public static final String CSRF_COOKIE = "XSRF-TOKEN";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpCookie csrf = exchange.getRequest().getCookies().getFirst(CSRF_COOKIE);
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.remove(HttpHeaders.COOKIE);
                    if (csrf != null) {
                        headers.set(HttpHeaders.COOKIE, CSRF_COOKIE + "=" + csrf.getValue());
                    }
                }))
                .build());
    }
}
