package io.leadflow.gateway.security;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One line of the access matrix: who may call {@code method} (every method when null) on paths matching
 * {@code pattern}. An empty role set means anyone, signed in or not.
 */
public record AccessRule(@Nullable HttpMethod method, String pattern, Set<Role> roles) {

    public AccessRule {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }
}
