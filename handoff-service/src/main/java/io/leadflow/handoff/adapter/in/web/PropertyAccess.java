package io.leadflow.handoff.adapter.in.web;

import io.leadflow.support.security.Caller;

/**
 * Which properties a caller may read: the URLs that notifications go to (a rep's webhook, a team's Slack incoming
 * webhook) are credentials in practice, so only admins, who set them, read them back.
 */
final class PropertyAccess {

    private PropertyAccess() {}

    /** Whether the caller the gateway signed for is an admin. */
    static boolean readsNotificationUrls(Caller caller) {
        return Identity.required(caller).isAdmin();
    }
}
