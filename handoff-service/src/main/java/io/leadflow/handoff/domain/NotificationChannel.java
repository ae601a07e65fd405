package io.leadflow.handoff.domain;

/** How a rep is told about a hand-off. Slack and e-mail are the next channels; each delivery names its channel. */
public enum NotificationChannel {
    WEBHOOK
}
