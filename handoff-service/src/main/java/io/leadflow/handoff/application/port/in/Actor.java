package io.leadflow.handoff.application.port.in;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who asks, as the gateway vouched for them: their user (a person's lower-case e-mail) and roles. Hand-off decisions
 * belong to the assignee, the manager of the assignee's team, or an admin.
 */
public record Actor(String user, Set<String> roles) {

    public static final String ADMIN = "admin";

    public Actor {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("an actor has a user");
        }
        user = user.strip().toLowerCase(Locale.ROOT);
        roles = roles == null
                ? Set.of()
                : roles.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** For system-internal callers and tests: an admin. */
    public static Actor system() {
        return new Actor("system@leadflow.local", Set.of(ADMIN));
    }
}
