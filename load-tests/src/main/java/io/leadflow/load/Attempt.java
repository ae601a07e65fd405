package io.leadflow.load;

import java.time.Instant;

/**
 * One line of the history: one HTTP attempt of one request. A request keeps its id across retries (the event id and
 * the {@code Idempotency-Key}), so several attempts may share a {@code requestId}.
 *
 * @param requestId the client's event id (a UUID), or the e-mail for a profile
 * @param kind {@code event} or {@code profile}
 * @param email the lead's e-mail address
 * @param type the engagement type, or {@code profile}
 * @param attempt 1 for the first send, 2 and up for retries of the same request
 * @param sentAt when the request left the client
 * @param answeredAt when the answer (or the failure) came back
 * @param outcome accepted, refused or unknown
 * @param status the HTTP status, or 0 when there was no answer
 * @param leadId the lead id the suite answered with, or null
 * @param detail a short note: the problem's type for a refusal, the exception for no answer
 */
public record Attempt(
        String requestId,
        String kind,
        String email,
        String type,
        int attempt,
        Instant sentAt,
        Instant answeredAt,
        Outcome outcome,
        int status,
        String leadId,
        String detail) {

    public static final String EVENT = "event";
    public static final String PROFILE = "profile";
}
