package io.leadflow.load;

import io.leadflow.deploy.traffic.SuiteClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * Reads through the gateway at the pace its per-user rate limit allows, so that a large run is read completely: a
 * {@code 429} answer is waited out for as long as its {@code Retry-After} says (seconds or an HTTP date; one second
 * when it says nothing) and asked again, and every reader sharing this one slows down with it (the gap between two
 * requests doubles on each refusal and shrinks again slowly while requests pass), instead of hammering the limit
 * and reading {@code -1}. A request refused for longer than {@code patience} in total returns its last 429.
 */
final class PacedReader {

    /** Waits; tests record the waits instead. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final long MIN_GAP_NANOS = Duration.ofMillis(5).toNanos();
    private static final long MAX_GAP_NANOS = Duration.ofSeconds(1).toNanos();

    private final SuiteClient client;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration patience;
    private long gapNanos;
    private Instant nextSlot = Instant.MIN;

    PacedReader(SuiteClient client, Clock clock, Sleeper sleeper, Duration patience) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
        this.patience = patience;
    }

    /** A reader that really waits, patient for ten minutes per request. */
    static PacedReader of(SuiteClient client) {
        return new PacedReader(client, Clock.systemUTC(), duration -> Thread.sleep(duration), Duration.ofMinutes(10));
    }

    SuiteClient.Answer get(String path) {
        return paced(() -> client.get(path));
    }

    /** The person with this e-mail address, looked up with the address in the body (never in a URL). */
    SuiteClient.Answer contact(String email) {
        return paced(() -> client.contact(email));
    }

    private SuiteClient.Answer paced(Supplier<SuiteClient.Answer> call) {
        Duration refusedFor = Duration.ZERO;
        while (true) {
            if (!waitFor(reserveSlot())) {
                return call.get();
            }
            SuiteClient.Answer answer = call.get();
            if (answer.status() != 429) {
                passed();
                return answer;
            }
            Duration retryAfter = retryAfter(answer.header("Retry-After"));
            refused(retryAfter);
            refusedFor = refusedFor.plus(retryAfter);
            if (refusedFor.compareTo(patience) > 0) {
                return answer;
            }
        }
    }

    /** How long {@code Retry-After} asks to wait: delta-seconds or an HTTP date (RFC 9110, 10.2.3). */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration until = Duration.between(clock.instant(), at);
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
    }

    /** The time this request may go, each request one gap after the one before. */
    private synchronized Duration reserveSlot() {
        Instant now = clock.instant();
        Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
        nextSlot = slot.plusNanos(gapNanos);
        return Duration.between(now, slot);
    }

    /** Nobody asks again before {@code retryAfter} has passed, and from then on requests go further apart. */
    private synchronized void refused(Duration retryAfter) {
        Instant resume = clock.instant().plus(retryAfter);
        if (resume.isAfter(nextSlot)) {
            nextSlot = resume;
        }
        gapNanos = Math.min(MAX_GAP_NANOS, Math.max(MIN_GAP_NANOS, gapNanos * 2));
    }

    private synchronized void passed() {
        gapNanos = gapNanos * 15 / 16;
    }

    private boolean waitFor(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return true;
        }
        try {
            sleeper.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
