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
 * {@code roles} their LeadFlow roles, {@code apiKey} the key's id when an API key called, {@code keyScope} that key's
 * scope ({@code server} or {@code browser}) and {@code buyingSignals} whether it may send buying signals (always for
 * people and server keys). A controller takes it as a
 * parameter; it exists only for a call whose token passed every check.
 */
public record Caller(
        String user,
        Set<String> roles,
        @Nullable String apiKey,
        @Nullable String keyScope,
        boolean buyingSignals) {

    /** The scope of a browser write key (docs/security.md, "Browser write keys"). */
    public static final String BROWSER = "browser";
    /** The scope of a server key, every key made before scopes existed included. */
    public static final String SERVER = "server";

    public Caller {
        roles = Set.copyOf(roles);
        keyScope = apiKey == null ? null : keyScope == null ? SERVER : keyScope;
        buyingSignals = !BROWSER.equals(keyScope) || buyingSignals;
    }

    /** A person, or a server key: every right its roles give. */
    public Caller(String user, Set<String> roles, @Nullable String apiKey) {
        this(user, roles, apiKey, null, true);
    }

    /**
     * Whether a browser write key called: it may only send Segment track, page and identify calls, never overwrite a
     * known contact's fields, and buying signals only when {@link #buyingSignals()}.
     */
    public boolean isBrowserKey() {
        return BROWSER.equals(keyScope);
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
        return new Caller(
                token.getSubject(),
                names,
                token.getClaimAsString(CallerToken.API_KEY),
                token.getClaimAsString(CallerToken.KEY_SCOPE),
                !Boolean.FALSE.equals(token.getClaimAsBoolean(CallerToken.BUYING_SIGNALS)));
    }
}
