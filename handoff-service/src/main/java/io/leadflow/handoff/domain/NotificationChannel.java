package io.leadflow.handoff.domain;

/** How sales is told about a hand-off: the rep's webhook, the team's Slack channel, or e-mail; each delivery names its channel. */
public enum NotificationChannel {
    WEBHOOK,
    SLACK,
    EMAIL
}
