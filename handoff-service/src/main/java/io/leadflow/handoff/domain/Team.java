package io.leadflow.handoff.domain;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;

/**
 * A sales team: its manager (who hears about SLA breaches and may decide for the team's reps), the business calendar
 * its SLA deadlines are counted in, and optionally the Slack incoming webhook where the team's hand-offs are posted.
 */
public record Team(
        TeamId id, String name, EmailAddress manager, BusinessCalendar calendar, WebhookUrl slackWebhookUrl) {

    static final int MAX_NAME = 200;

    public Team {
        if (id == null || calendar == null) {
            throw new IllegalArgumentException("a team needs an id and a calendar");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "name.required", "a team's name is required");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidValueException(
                    "name", "name.length", "a team's name is at most " + MAX_NAME + " characters");
        }
        if (manager == null) {
            throw new InvalidValueException("manager", "manager.required", "a team's manager (e-mail) is required");
        }
    }
}
