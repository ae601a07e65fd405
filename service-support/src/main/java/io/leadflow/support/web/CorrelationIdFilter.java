package io.leadflow.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's correlation id (the gateway's {@value #HEADER}) into the logging context while the request is
 * handled, as the field {@value #MDC_KEY} of every JSON log line, and takes it out afterwards. An id that does not look
 * like one the gateway hands out is left out of the logs. Runs first, so that the other filters' log lines carry the id
 * too.
 */
public final class CorrelationIdFilter extends OncePerRequestFilter implements Ordered {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlation.id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = of(request);
        if (correlationId == null) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(MDC_KEY, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The request's correlation id when it looks like one the gateway hands out, else null. */
    static String of(HttpServletRequest request) {
        String correlationId = request.getHeader(HEADER);
        return correlationId != null && SANE.matcher(correlationId).matches() ? correlationId : null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
