package io.leadflow.gateway.security;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a browser without a session is sent: a page load is redirected to sign in; an htmx request (a poll, a button)
 * gets 401 with {@code HX-Redirect}, so htmx loads the sign-in page in the window instead of following the redirect
 * in the background, where the provider's page could never show.
 */
final class HtmxAwareSignIn implements ServerAuthenticationEntryPoint {

    static final String HTMX_REQUEST = "HX-Request";
    static final String HTMX_REDIRECT = "HX-Redirect";

    private final String signIn;
    private final RedirectServerAuthenticationEntryPoint redirect;

    HtmxAwareSignIn(String registration) {
        this.signIn = "/oauth2/authorization/" + registration;
        this.redirect = new RedirectServerAuthenticationEntryPoint(signIn);
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException refusal) {
        if (!"true".equals(exchange.getRequest().getHeaders().getFirst(HTMX_REQUEST))) {
            return redirect.commence(exchange, refusal);
        }
        return Mono.fromRunnable(() -> {
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            exchange.getResponse()
                    .getHeaders()
                    .set(HTMX_REDIRECT, URI.create(signIn).toString());
        });
    }
}
