package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An engagement as a marketing tool reports it. The event id is optional: a sender that retries should give one, so
 * that a retry is recognised; without one, each call is a new engagement.
 */
public record RecordEngagementCommand(
        UUID eventId,
        EngagementType type,
        Instant occurredAt,
        EmailAddress email,
        Channel channel,
        String source,
        String campaign,
        Map<String, String> properties,
        String correlationId) {

    /** How far in the future an event time may lie before we call it a clock error rather than skew. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** Marketing engagement data is never older than this; earlier times are typing or conversion errors. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final int MAX_PROPERTIES = 50;
    private static final int MAX_TEXT = 200;

    public RecordEngagementCommand {
        require(type, "type");
        require(occurredAt, "occurredAt");
        require(email, "email");
        require(channel, "channel");
        require(correlationId, "correlationId");
        source = limited(source, "source");
        campaign = limited(campaign, "campaign");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        if (occurredAt.isBefore(EARLIEST)) {
            throw new InvalidValueException("occurredAt", "occurredAt.range",
                    "occurredAt " + occurredAt + " is before " + EARLIEST);
        }
        properties.forEach((key, value) -> {
            printable(key, "properties");
            printable(value, "properties." + key);
        });
        if (properties.size() > MAX_PROPERTIES) {
            throw new InvalidValueException("properties", "properties.size",
                    "at most " + MAX_PROPERTIES + " properties per event");
        }
    }

    /** Refuses events that claim to happen later than {@code now} plus the allowed skew. */
    public void requireNotInFuture(Instant now) {
        if (occurredAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw new InvalidValueException("occurredAt", "occurredAt.notInFuture",
                    "occurredAt " + occurredAt + " lies in the future");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
    }

    private static String limited(String text, String field) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidValueException(field, field + ".length", field + " is longer than " + MAX_TEXT);
        }
        return printable(text, field);
    }

    /** NUL cannot be stored (PostgreSQL refuses it in text and JSON) and never means anything in marketing data. */
    private static String printable(String text, String field) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new InvalidValueException(field, "text.nul", field + " contains a NUL character");
        }
        return text;
    }
}
