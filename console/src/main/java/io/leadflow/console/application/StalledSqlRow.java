package io.leadflow.console.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An SQL of the period that never closed: where it stands, since when, for how many days, and whose it is. */
public record StalledSqlRow(
        String leadId,
        String channel,
        String campaign,
        String stage,
        Instant sqlAt,
        @Nullable String rep,
        long daysOpen) {}
