package io.leadflow.handoff.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A team as the API shows it: working hours keyed by weekday name ({@code "MONDAY": "09:00-17:00"}), holidays as
 * ISO dates, and the Slack webhook URL (empty when the team has none, and for every caller but an admin).
 */
public record TeamResponse(
        UUID id,
        String name,
        String manager,
        String timeZone,
        Map<String, String> workingHours,
        List<String> holidays,
        String slackWebhookUrl) {

    /** The team as a caller who is not an admin sees it: without the Slack URL, which is itself the credential. */
    TeamResponse redacted() {
        return new TeamResponse(id, name, manager, timeZone, workingHours, holidays, null);
    }
}
