package io.leadflow.scoring.application.port.in;

import java.time.Instant;

/**
 * A lead that became SQL in the period and has not closed (neither won nor lost): where it stands now, since when it
 * is SQL, its first touch's channel and campaign, and the rep holding it.
 */
public record StalledSql(
        String leadId, String channel, String campaign, String stage, Instant sqlAt, String rep, long daysOpen) {}
