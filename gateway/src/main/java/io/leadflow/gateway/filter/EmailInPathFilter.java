package io.leadflow.gateway.filter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * Refuses, with a {@code 400} problem, any request whose path holds an e-mail address (plain or percent-encoded), before
 * it is routed, authenticated or logged further: URLs end up in access logs, proxies and browser histories, so a
 * person's e-mail travels in a body ({@code POST /api/v1/contacts/search}) and URLs name people by lead id. The
 * problem's {@code instance} shows the path with the address masked.
 */
@Component
public class EmailInPathFilter implements WebFilter, Ordered {

    static final Pattern EMAIL = Pattern.compile("[^/@\\s]+@[^/@\\s]+\\.[^/@\\s]+");

    private final ProblemResponses problems;

    public EmailInPathFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = decoded(exchange.getRequest().getPath().value());
        if (!EMAIL.matcher(path).find()) {
            return chain.filter(exchange);
        }
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.BAD_REQUEST,
                "email-in-url",
                "E-mail address in the URL",
                "An e-mail address may not appear in a URL path; name a person by lead id, or send the address in"
                        + " the body (POST /api/v1/contacts/search).");
        problem.setProperty("field", "path");
        problem.setProperty("rule", "path.email");
        problem.setInstance(URI.create(UriUtils.encodePath(EMAIL.matcher(path).replaceAll("{email}"), "UTF-8")));
        return problems.write(exchange, problem);
    }

    /** After the correlation id (so the problem carries it), before security and routing. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    private static String decoded(String path) {
        try {
            return UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
