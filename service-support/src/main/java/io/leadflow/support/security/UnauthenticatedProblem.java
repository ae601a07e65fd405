package io.leadflow.support.security;

import io.leadflow.support.web.BaseProblemHandler;
import io.leadflow.support.web.CorrelationIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a call without a good gateway token: 401, an RFC 9457 problem of type {@code unauthenticated}, the
 * same shape as every other refusal. It says whether the token was missing or refused, never why in detail.
 */
final class UnauthenticatedProblem implements AuthenticationEntryPoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String service;

    UnauthenticatedProblem(String service) {
        this.service = service;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        boolean refused = refusal instanceof InvalidBearerTokenException;
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", BaseProblemHandler.type("unauthenticated").toString());
        problem.put("title", "Unauthenticated");
        problem.put("status", HttpStatus.UNAUTHORIZED.value());
        problem.put(
                "detail",
                refused
                        ? "the caller token in " + CallerToken.HEADER + " was refused (signature, issuer, audience or"
                                + " expiry); services are reached through the gateway only"
                        : "this request needs the gateway's caller token in " + CallerToken.HEADER
                                + "; services are reached through the gateway only");
        problem.put("instance", request.getRequestURI());
        problem.put("service", service);
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            problem.put("correlationId", correlationId);
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, refused ? "Bearer error=\"invalid_token\"" : "Bearer");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
