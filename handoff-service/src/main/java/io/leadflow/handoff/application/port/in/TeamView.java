package io.leadflow.handoff.application.port.in;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A sales team as managers see it: working hours per weekday as {@code 09:00-17:00}, holidays in date order, and the
 * Slack incoming webhook (null when the team has none).
 */
public record TeamView(
        UUID id,
        String name,
        String manager,
        ZoneId timeZone,
        Map<DayOfWeek, String> workingHours,
        List<LocalDate> holidays,
        String slackWebhookUrl) {}
