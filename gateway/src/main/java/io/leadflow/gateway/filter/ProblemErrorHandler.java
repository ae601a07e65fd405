package io.leadflow.gateway.filter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's only error page: every failure, whether no route matched, a service is down or too slow,
 * leaves as {@code application/problem+json}. Replaces Boot's default handler, so no Whitelabel page and
 * no stack trace ever reach a client; the stack trace, where there is one worth having, goes to the log.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses responses;

    public ProblemErrorHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        ProblemDetail problem = GatewayProblems.describe(failure, exchange);
        logFailure(exchange, failure, problem);
        return responses.write(exchange, problem);
    }

    private static void logFailure(ServerWebExchange exchange, Throwable failure, ProblemDetail problem) {
        String request = exchange.getRequest().getMethod() + " "
                + exchange.getRequest().getPath().value();
        if (problem.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            log.error("{} failed inside the gateway", request, failure);
        } else if (problem.getStatus() >= 500) {
            log.warn("{} answered {}: {}", request, problem.getStatus(), failure.toString());
        } else {
            log.debug("{} answered {}: {}", request, problem.getStatus(), failure.toString());
        }
    }
}
