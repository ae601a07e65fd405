package io.leadflow.gateway.security;

import io.leadflow.gateway.filter.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Refusals at the door as RFC 9457 problems: 401 when the caller is unknown (no or bad credentials), 403
 * when they are known but their role may not use this route. Neither says more than that.
 */
@Component
public class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemResponses responses;

    public SecurityProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Unauthenticated",
                "Sign in: send a valid bearer token, or an event source's API key in "
                        + "X-Api-Key (or as the HTTP Basic user name).");
        return responses.write(exchange, problem);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                "Your role may not " + exchange.getRequest().getMethod() + " "
                        + exchange.getRequest().getPath().value() + ".");
        return responses.write(exchange, problem);
    }
}
