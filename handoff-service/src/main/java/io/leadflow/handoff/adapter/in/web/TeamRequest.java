package io.leadflow.handoff.adapter.in.web;

import java.util.List;
import java.util.Map;

/**
 * A team: name, manager's e-mail, time zone (IANA, e.g. Europe/Berlin), working hours per weekday
 * ({@code {"MONDAY":"09:00-17:00"}}; default Monday to Friday 09:00-17:00), holidays (ISO dates) and an optional
 * Slack incoming webhook URL.
 */
public record TeamRequest(
        String name,
        String manager,
        String timeZone,
        Map<String, String> workingHours,
        List<String> holidays,
        String slackWebhookUrl) {}
