package io.leadflow.handoff.adapter.in.web;

/**
 * Which properties a caller may read: the URLs that notifications go to (a rep's webhook, a team's Slack incoming
 * webhook) are credentials in practice, so only admins, who set them, read them back.
 */
final class PropertyAccess {

    private PropertyAccess() {}

    /** Whether the caller the gateway named is an admin; an anonymous caller is not. */
    static boolean readsNotificationUrls(String user, String roles) {
        return user != null && !user.isBlank() && Identity.required(user, roles).isAdmin();
    }
}
