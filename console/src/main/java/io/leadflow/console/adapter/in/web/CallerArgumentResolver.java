package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import java.util.Optional;
import java.util.Set;
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
 * Who is asking (docs/security.md): the person the gateway's signed caller token names, which {@link ConsoleSecurity}
 * checked (signature, issuer, audience {@code console}, expiry), with the person's access token the gateway relays to
 * the console alone for its API calls. A request without both is answered 401; no identity is read from plain headers.
 */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

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
        var verified = verified().orElseThrow(CallerArgumentResolver::signInRequired);
        String accessToken = accessToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (accessToken == null) {
            throw signInRequired();
        }
        return new Caller(verified.user(), verified.roles(), accessToken);
    }

    /** The caller of this request's verified gateway token, if it carried one. */
    static Optional<io.leadflow.support.security.Caller> verified() {
        return io.leadflow.support.security.Caller.current();
    }

    /** The e-mail of the signed-in person of this request, for the page's bar; none without a verified token. */
    static @Nullable String email() {
        return verified().map(io.leadflow.support.security.Caller::user).orElse(null);
    }

    /** The roles of the verified token of this request; none without one. */
    static Set<String> roles() {
        return verified().map(io.leadflow.support.security.Caller::roles).orElse(Set.of());
    }

    /** The relayed access token of an {@code Authorization: Bearer} header; none when it is missing or blank. */
    static @Nullable String accessToken(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    static ResponseStatusException signInRequired() {
        return new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in through the gateway");
    }
}
