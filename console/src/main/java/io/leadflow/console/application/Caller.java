package io.leadflow.console.application;

import java.util.Set;

/**
 * The signed-in person as the gateway's signed caller token names them: their e-mail, their LeadFlow roles, and the
 * access token the gateway relayed so the console can call the API as them. The token never reaches a page or a log.
 */
public record Caller(String email, Set<String> roles, String accessToken) {

    public Caller {
        if (email.isBlank()) {
            throw new IllegalArgumentException("a caller has an e-mail");
        }
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("a caller brings the access token the gateway relayed");
        }
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return "Caller[" + email + ", " + roles + "]";
    }
}
