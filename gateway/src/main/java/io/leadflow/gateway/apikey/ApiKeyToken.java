package io.leadflow.gateway.apikey;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An event source's key: first as presented (unverified), then as verified, named {@code apikey:<id>}. */
public final class ApiKeyToken extends AbstractAuthenticationToken {

    private final String name;
    private final @Nullable String presentedKey;

    private ApiKeyToken(String name, @Nullable String presentedKey, List<SimpleGrantedAuthority> authorities) {
        super(authorities);
        this.name = name;
        this.presentedKey = presentedKey;
        setAuthenticated(!authorities.isEmpty());
    }

    static ApiKeyToken presented(String key) {
        return new ApiKeyToken("apikey:?", key, List.of());
    }

    static ApiKeyToken verified(String keyId, String role) {
        return new ApiKeyToken("apikey:" + keyId, null, List.of(new SimpleGrantedAuthority(role)));
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
