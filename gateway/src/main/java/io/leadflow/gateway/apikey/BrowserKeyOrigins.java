package io.leadflow.gateway.apikey;

import io.leadflow.gateway.filter.ProblemResponses;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A browser write key works only from the pages it was made for: a request with it must carry an {@code Origin} header
 * equal to one of the key's allowed origins, else it is refused with a 403 {@code origin-not-allowed} problem and never
 * reaches a service. From an allowed origin it still reaches only {@link #BROWSER_PATHS}, else a 403
 * {@code browser-key-scope} problem. Server keys, people and anonymous requests pass untouched.
 */
public final class BrowserKeyOrigins implements WebFilter {

    /** The only paths a browser key reaches (POST, the access matrix's rule): Segment's track, page, identify, batch. */
    public static final Set<String> BROWSER_PATHS =
            Set.of("/v1/track", "/v1/page", "/v1/identify", "/v1/batch", "/v1/batch/", "/v1/import", "/v1/import/");

    private final ProblemResponses problems;

    public BrowserKeyOrigins(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(ApiKeyToken.class::isInstance)
                .map(ApiKeyToken.class::cast)
                .filter(ApiKeyToken::isBrowserKey)
                .flatMap(key -> {
                    String origin = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ORIGIN);
                    if (origin == null || !key.allowedOrigins().contains(origin)) {
                        return problems.write(exchange, refusal(origin)).thenReturn(true);
                    }
                    if (!BROWSER_PATHS.contains(exchange.getRequest().getPath().value())) {
                        return problems.write(exchange, pathRefusal()).thenReturn(true);
                    }
                    return chain.filter(exchange).thenReturn(true);
                })
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
                .then();
    }

    private static ProblemDetail pathRefusal() {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.FORBIDDEN,
                "browser-key-scope",
                "Not allowed for a browser key",
                "A browser key may only send Segment track, page and identify calls (alone or in a batch); use a"
                        + " server key for anything else.");
        problem.setProperty("rule", "browser-key-scope");
        return problem;
    }

    private static ProblemDetail refusal(String origin) {
        String detail = origin == null
                ? "A browser key is only accepted with an Origin header naming one of its allowed origins; this"
                        + " request has none."
                : "A browser key is only accepted from its allowed origins; this request comes from another origin.";
        ProblemDetail problem =
                ProblemResponses.problem(HttpStatus.FORBIDDEN, "origin-not-allowed", "Origin not allowed", detail);
        problem.setProperty("rule", "browser-key-origin");
        return problem;
    }
}
