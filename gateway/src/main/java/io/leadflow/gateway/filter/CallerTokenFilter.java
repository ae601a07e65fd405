package io.leadflow.gateway.filter;

import io.leadflow.gateway.route.RouteMetadata;
import io.leadflow.gateway.security.CallerTokens;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the service a call goes to who is calling: a caller token ({@link CallerTokens}) addressed to that service, in
 * {@value CallerTokens#HEADER}, for every authenticated call, person or API key, the console included. An anonymous
 * call (a public path) goes without one; any client copy of the header was removed before authentication. No
 * service and not the console takes an identity from plain headers.
 */
@Component
public class CallerTokenFilter implements GlobalFilter, Ordered {

    private final CallerTokens tokens;

    public CallerTokenFilter(CallerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object service = route == null ? null : route.getMetadata().get(RouteMetadata.SERVICE);
        if (service == null) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(caller -> exchange.mutate()
                        .request(request -> request.headers(
                                headers -> headers.set(CallerTokens.HEADER, tokens.sign(caller, service.toString()))))
                        .build())
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }

    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;
    }
}
