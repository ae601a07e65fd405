package io.leadflow.support.webhook;

import java.net.UnknownHostException;

/**
 * A host that may not be called: its name is misleading, or it resolves to an internal address. An
 * {@link UnknownHostException}, so that an HTTP client resolving through {@link WebhookTargetGuard#resolve(String)}
 * gives up the connection as it would for a name that does not exist.
 */
public final class RefusedTargetException extends UnknownHostException {

    public RefusedTargetException(String why) {
        super(why);
    }
}
