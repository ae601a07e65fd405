package io.leadflow.gateway.security;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import reactor.core.publisher.Mono;

/**
 * Where a browser goes once signed out: the provider's end-session endpoint (or the console's start page). The
 * console's "Sign out" button is an htmx request, and an XHR cannot follow a redirect to the provider's origin;
 * htmx gets 200 with {@code HX-Redirect} naming the same address instead, and loads it in the window.
 */
final class HtmxAwareSignOut implements ServerLogoutSuccessHandler {

    private final ServerLogoutSuccessHandler redirect;

    HtmxAwareSignOut(ServerLogoutSuccessHandler redirect) {
        this.redirect = redirect;
    }

    @Override
    public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
        boolean htmx =
                "true".equals(exchange.getExchange().getRequest().getHeaders().getFirst(HtmxAwareSignIn.HTMX_REQUEST));
        Mono<Void> redirected = redirect.onLogoutSuccess(exchange, authentication);
        if (!htmx) {
            return redirected;
        }
        return redirected.then(Mono.fromRunnable(() -> {
            ServerHttpResponse response = exchange.getExchange().getResponse();
            URI target = response.getHeaders().getLocation();
            response.getHeaders().remove(HttpHeaders.LOCATION);
            response.setStatusCode(HttpStatus.OK);
            response.getHeaders().set(HtmxAwareSignIn.HTMX_REDIRECT, target == null ? "/" : target.toString());
        }));
    }
}
