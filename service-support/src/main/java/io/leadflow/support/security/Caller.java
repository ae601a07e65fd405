package io.leadflow.support.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the gateway signed it: {@code user} is the person's lower-case e-mail or {@code apikey:<id>},
 * {@code roles} their LeadFlow roles, {@code apiKey} the key's id when an API key called. A controller takes it as a
 * parameter; it exists only for a call whose token passed every check.
 */
public record Caller(
        String user, Set<String> roles, @Nullable String apiKey) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Whether the caller holds the role (its wire name, e.g. {@code admin}). */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether an event source called with an API key rather than a person. */
    public boolean isApiKey() {
        return apiKey != null;
    }

    /** The caller of the request being handled on this thread, when its gateway token passed every check. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt token
                ? Optional.of(of(token))
                : Optional.empty();
    }

    /** The caller a verified gateway token names. */
    static Caller of(Jwt token) {
        Object roles = token.getClaims().get(CallerToken.ROLES);
        Set<String> names = roles instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.toSet())
                : Set.of();
        return new Caller(token.getSubject(), names, token.getClaimAsString(CallerToken.API_KEY));
    }
}
