package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.EmailAddress;

/**
 * A new sales team: its name, the manager who hears about SLA breaches, the business calendar its deadlines are
 * counted in, and optionally the Slack incoming webhook where its hand-offs are posted.
 */
public record RegisterTeamCommand(
        String name, EmailAddress manager, BusinessCalendar calendar, WebhookUrl slackWebhookUrl) {

    public RegisterTeamCommand {
        name = Commands.teamName(name);
        Commands.teamManager(manager);
        Commands.require(calendar, "timeZone");
    }
}
