package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.Actor;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the caller from the gateway's identity headers; without {@code X-LeadFlow-User} the request is anonymous. */
final class Identity {

    static final String USER = "X-LeadFlow-User";
    static final String ROLES = "X-LeadFlow-Roles";

    private Identity() {}

    static Actor required(String user, String roles) {
        if (user == null || user.isBlank() || user.length() > 320 || user.indexOf('\0') >= 0) {
            throw new AnonymousException();
        }
        Set<String> parsed = roles == null
                ? Set.of()
                : Arrays.stream(roles.split(","))
                        .map(String::strip)
                        .filter(r -> !r.isEmpty())
                        .collect(Collectors.toSet());
        return new Actor(user, parsed);
    }

    /** No identity where an owner is needed: 401. */
    static final class AnonymousException extends RuntimeException {

        AnonymousException() {
            super("this request needs the caller's identity (" + USER + "), which the gateway sets after sign-in");
        }
    }
}
