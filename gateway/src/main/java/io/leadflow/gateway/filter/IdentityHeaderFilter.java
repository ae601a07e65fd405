package io.leadflow.gateway.filter;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes the identity headers only the gateway may set from every client request, before anything else
 * (authentication included) looks at it: the signed caller token's header, and the plain identity headers the services
 * and the console read before they checked signed tokens (they no longer act on them, but nothing forged passes the
 * door).
 */
@Component
public class IdentityHeaderFilter implements WebFilter, Ordered {

    public static final List<String> GATEWAY_ONLY_HEADERS =
            List.of("X-LeadFlow-User", "X-LeadFlow-Roles", "X-LeadFlow-Team", "X-LeadFlow-Identity");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (GATEWAY_ONLY_HEADERS.stream().noneMatch(exchange.getRequest().getHeaders()::containsHeader)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> GATEWAY_ONLY_HEADERS.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
