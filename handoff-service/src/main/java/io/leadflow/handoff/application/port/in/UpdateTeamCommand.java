package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.EmailAddress;

/** A team's new name, manager, calendar and Slack URL, replacing the old ones whole. */
public record UpdateTeamCommand(
        TeamId id, String name, EmailAddress manager, BusinessCalendar calendar, WebhookUrl slackWebhookUrl) {

    public UpdateTeamCommand {
        Commands.require(id, "id");
        name = Commands.teamName(name);
        Commands.teamManager(manager);
        Commands.require(calendar, "timeZone");
    }
}
