package io.leadflow.gateway.filter;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.leadflow.gateway.route.RouteMetadata;
import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns whatever went wrong into the RFC 9457 problem a client sees. Types are stable URIs clients may
 * switch on; details name the service but never carry a stack trace or an internal address.
 */
final class GatewayProblems {

    static final URI SERVICE_UNAVAILABLE = URI.create("https://leadflow.io/problems/service-unavailable");
    static final URI SERVICE_TIMEOUT = URI.create("https://leadflow.io/problems/service-timeout");
    static final URI BAD_GATEWAY = URI.create("https://leadflow.io/problems/bad-gateway");
    static final URI NOT_FOUND = URI.create("https://leadflow.io/problems/not-found");
    static final URI INVALID_REQUEST = URI.create("https://leadflow.io/problems/invalid-request");
    static final URI INTERNAL_ERROR = URI.create("https://leadflow.io/problems/internal-error");

    private GatewayProblems() {}

    static ProblemDetail describe(Throwable failure, ServerWebExchange exchange) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        ProblemDetail problem = null;
        DataSize tooLarge = exchange.getAttribute(BodyTooLargeException.ATTRIBUTE);
        if (tooLarge != null) {
            problem = BodyTooLargeException.problem(tooLarge);
        } else if (causedBy(failure, BodyTooLargeException.class)) {
            problem = ((BodyTooLargeException) rootOf(failure, BodyTooLargeException.class)).problem();
        } else if (route != null) {
            problem = downstreamFailure(failure, route);
        }
        if (problem == null) {
            problem = ownFailure(failure, exchange);
        }
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        Object correlationId = exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }

    private static @Nullable ProblemDetail downstreamFailure(Throwable failure, Route route) {
        ProblemDetail problem;
        String service = String.valueOf(route.getMetadata().getOrDefault(RouteMetadata.SERVICE, route.getId()));
        if (causedBy(failure, CallNotPermittedException.class) || failure instanceof ServiceUnavailableException) {
            problem = problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    SERVICE_UNAVAILABLE,
                    "Service unavailable",
                    service + " failed too often just now; the gateway gives it a rest before calling it "
                            + "again. Try again later.");
            problem.setProperty("circuit", "open");
        } else if (causedBy(failure, BulkheadFullException.class)) {
            problem = problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    SERVICE_UNAVAILABLE,
                    "Service unavailable",
                    service + " has as many calls in flight from this gateway as it may take; try again shortly.");
            problem.setProperty("bulkhead", "full");
        } else if (causedBy(failure, ConnectTimeoutException.class)) {
            problem = problem(
                    HttpStatus.GATEWAY_TIMEOUT,
                    SERVICE_TIMEOUT,
                    "Service timed out",
                    service + " did not accept a connection within "
                            + route.getMetadata().get(CONNECT_TIMEOUT_ATTR) + " ms; try again later.");
        } else if (causedBy(failure, ConnectException.class) || causedBy(failure, UnknownHostException.class)) {
            problem = problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    SERVICE_UNAVAILABLE,
                    "Service unavailable",
                    service + " is not reachable right now; try again later.");
        } else if (hasStatus(failure, HttpStatus.GATEWAY_TIMEOUT) || causedBy(failure, TimeoutException.class)) {
            problem = problem(
                    HttpStatus.GATEWAY_TIMEOUT,
                    SERVICE_TIMEOUT,
                    "Service timed out",
                    service + " did not answer within " + route.getMetadata().get(RESPONSE_TIMEOUT_ATTR)
                            + " ms; try again later.");
        } else if (causedBy(failure, IOException.class)) {
            problem = problem(
                    HttpStatus.BAD_GATEWAY,
                    BAD_GATEWAY,
                    "Bad gateway",
                    service + " broke off the exchange; try again later.");
        } else {
            return null;
        }
        problem.setProperty("service", service);
        return problem;
    }

    private static ProblemDetail ownFailure(Throwable failure, ServerWebExchange exchange) {
        if (causedBy(failure, AuthenticationServiceException.class)) {
            return problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    SERVICE_UNAVAILABLE,
                    "Service unavailable",
                    "Credentials cannot be checked right now (key store or identity provider unreachable); "
                            + "try again later.");
        }
        if (hasStatus(failure, HttpStatus.NOT_FOUND)) {
            return problem(
                    HttpStatus.NOT_FOUND,
                    NOT_FOUND,
                    "Not found",
                    "LeadFlow has no resource at "
                            + exchange.getRequest().getPath().value() + ".");
        }
        if (failure instanceof ResponseStatusException statusException
                && statusException.getStatusCode().is4xxClientError()) {
            ProblemDetail problem = ProblemDetail.forStatus(statusException.getStatusCode());
            problem.setDetail(statusException.getReason());
            if (statusException.getStatusCode().value() == HttpStatus.BAD_REQUEST.value()) {
                problem.setType(INVALID_REQUEST);
                problem.setTitle("Invalid request");
                problem.setDetail(
                        "The request body is not what this endpoint reads: send JSON of the documented shape.");
            }
            return problem;
        }
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                INTERNAL_ERROR,
                "Internal error",
                "The gateway could not handle this request.");
    }

    private static boolean hasStatus(Throwable failure, HttpStatus status) {
        return failure instanceof ResponseStatusException statusException
                && statusException.getStatusCode().value() == status.value();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (type.isInstance(current)) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static Throwable rootOf(Throwable failure, Class<? extends Throwable> type) {
        Throwable current = failure;
        while (!type.isInstance(current)) {
            current = current.getCause();
        }
        return current;
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
