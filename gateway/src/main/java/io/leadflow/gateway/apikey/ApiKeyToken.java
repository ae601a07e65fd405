package io.leadflow.gateway.apikey;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An event source's key: first as presented (unverified), then as verified, named {@code apikey:<id>}, with its scope.
 */
public final class ApiKeyToken extends AbstractAuthenticationToken {

    private final String name;
    private final @Nullable String presentedKey;
    private final @Nullable ApiKey key;

    private ApiKeyToken(
            String name,
            @Nullable String presentedKey,
            @Nullable ApiKey key,
            List<SimpleGrantedAuthority> authorities) {
        super(authorities);
        this.name = name;
        this.presentedKey = presentedKey;
        this.key = key;
        setAuthenticated(!authorities.isEmpty());
    }

    static ApiKeyToken presented(String key) {
        return new ApiKeyToken("apikey:?", key, null, List.of());
    }

    static ApiKeyToken verified(ApiKey key, String role) {
        return new ApiKeyToken("apikey:" + key.id(), null, key, List.of(new SimpleGrantedAuthority(role)));
    }

    /** The verified key's scope ({@code server} until verified, when it grants nothing anyway). */
    public KeyScope scope() {
        return key == null ? KeyScope.SERVER : key.scope();
    }

    /** Whether this is a verified browser key. */
    public boolean isBrowserKey() {
        return scope() == KeyScope.BROWSER;
    }

    /** The exact origins a browser key may be sent from (none for a server key). */
    public List<String> allowedOrigins() {
        return key == null ? List.of() : key.allowedOrigins();
    }

    /** Whether an admin lets this browser key send buying signals (a server key always may). */
    public boolean buyingSignals() {
        return key == null || key.scope() == KeyScope.SERVER || key.buyingSignals();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public @Nullable Object getCredentials() {
        return presentedKey;
    }

    @Override
    public Object getPrincipal() {
        return name;
    }
}
