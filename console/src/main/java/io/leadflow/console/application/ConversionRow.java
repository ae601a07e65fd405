package io.leadflow.console.application;

import org.jspecify.annotations.Nullable;

/** One group's funnel for a period: MQLs handed off, how many became SAL and SQL, and the rates (0..1). */
public record ConversionRow(
        String key,
        long mql,
        long sal,
        long sql,
        @Nullable Double salRate,
        @Nullable Double sqlRate) {}
