package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is asking, as the gateway said (docs/security.md): {@code X-LeadFlow-User}, {@code X-LeadFlow-Roles} and the
 * person's access token the gateway relays to the console alone. The console is reachable only through the gateway,
 * which removes any client copy of these headers; a request without them is answered 401.
 */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    static final String USER = "X-LeadFlow-User";
    static final String ROLES = "X-LeadFlow-Roles";
    private static final String BEARER = "Bearer ";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Caller resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        String user = request.getHeader(USER);
        String roles = request.getHeader(ROLES);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (user == null || user.isBlank() || authorization == null || !authorization.startsWith(BEARER)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in through the gateway");
        }
        return new Caller(user, roles(roles), authorization.substring(BEARER.length()));
    }

    /** The roles of an {@code X-LeadFlow-Roles} header (comma-separated); none when it is missing. */
    static Set<String> roles(@Nullable String header) {
        return header == null
                ? Set.of()
                : Arrays.stream(header.split(","))
                        .map(String::strip)
                        .filter(role -> !role.isEmpty())
                        .collect(Collectors.toSet());
    }
}
