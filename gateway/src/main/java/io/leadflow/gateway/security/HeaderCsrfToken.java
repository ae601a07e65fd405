package io.leadflow.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The CSRF token of a change comes in the header {@code X-XSRF-TOKEN} only. Spring Security's handler first reads a
 * form body for {@code _csrf}; that consumes the body of every form the console posts (htmx sends forms url-encoded),
 * and the gateway then has nothing left to forward: the console waits for a body that never comes and the gateway
 * answers 504. Reading the header alone leaves the body to be proxied.
 */
final class HeaderCsrfToken extends ServerCsrfTokenRequestAttributeHandler {

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        return Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName()));
    }
}
