package io.leadflow.console.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report's period as a person picks it: whole days in UTC, both ends included ({@code from} 1 Nov to {@code to}
 * 30 Nov is [1 Nov 00:00, 1 Dec 00:00) for the API). Without a choice, the last 30 days up to today.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;

    static ReportPeriod of(@Nullable String from, @Nullable String to, LocalDate today) {
        LocalDate end = date(to, "to", today);
        LocalDate start = date(from, "from", end.minusDays(DEFAULT_DAYS - 1L));
        return new ReportPeriod(start, end);
    }

    Instant start() {
        return from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(@Nullable String text, String name, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "The " + name + " date must look like 2026-11-01.");
        }
    }
}
