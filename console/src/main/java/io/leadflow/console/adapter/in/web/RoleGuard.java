package io.leadflow.console.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A page a role may not use answers 403 when typed in (the navigation does not offer it); the roles are those of the
 * verified caller token. The API would refuse the calls behind it anyway; this keeps a person from a page that could
 * only show errors.
 */
final class RoleGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CallerArgumentResolver.verified().isEmpty()
                || CallerArgumentResolver.accessToken(request.getHeader(HttpHeaders.AUTHORIZATION)) == null) {
            throw CallerArgumentResolver.signInRequired();
        }
        ConsolePage.of(path).ifPresent(page -> {
            if (!page.openTo(CallerArgumentResolver.roles())) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, page.label() + " is not open to your roles.");
            }
        });
        return true;
    }
}
