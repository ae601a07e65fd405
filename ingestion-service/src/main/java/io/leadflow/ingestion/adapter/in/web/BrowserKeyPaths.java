package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.support.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A browser write key reaches only the Segment track, page, identify and batch paths: the native event API, contact
 * updates, imports and everything else answer it with a 403 problem, whatever the gateway let through.
 */
@Component
class BrowserKeyPaths implements HandlerInterceptor, WebMvcConfigurer {

    static final Set<String> PATHS =
            Set.of("/v1/track", "/v1/page", "/v1/identify", "/v1/batch", "/v1/batch/", "/v1/import", "/v1/import/");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean browserKey = Caller.current().map(Caller::isBrowserKey).orElse(false);
        if (browserKey && !PATHS.contains(request.getRequestURI())) {
            throw new AccessException(
                    HttpStatus.FORBIDDEN,
                    "a browser key may only send Segment track, page and identify calls (alone or in a batch); use"
                            + " a server key for " + request.getRequestURI());
        }
        return true;
    }
}
