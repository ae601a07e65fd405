package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.support.security.Caller;
import io.leadflow.support.security.CallerToken;

/** The actor of a request: the caller the gateway signed for ({@link Caller}), as the use cases know it. */
final class Identity {

    static final String HEADER = CallerToken.HEADER;

    private Identity() {}

    static Actor required(Caller caller) {
        String user = caller.user();
        if (user.isBlank() || user.length() > 320 || user.indexOf('\0') >= 0) {
            throw new AnonymousException();
        }
        return new Actor(user, caller.roles());
    }

    /** No usable identity where an owner is needed: 401. */
    static final class AnonymousException extends RuntimeException {

        AnonymousException() {
            super("this request needs the caller's identity (" + HEADER + "), which the gateway signs after sign-in");
        }
    }
}
