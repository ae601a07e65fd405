package io.leadflow.ingestion.application.port.in;

import io.leadflow.ingestion.domain.ConsentSignal;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An engagement as a marketing tool reports it. The event id is optional: a sender that retries should give one (or
 * an idempotency key it is derived from), so that a retry is recognised; without one, each call is a new engagement.
 * The person is named by an e-mail address, or by identities (an anonymous id, a tracking user id, written
 * {@code anon:<id>} and {@code user:<id>}) that an identify or a form links to an e-mail later. The type is the
 * text the caller sent: a kernel type or an admin-registered custom type, resolved by the use case. Without a time
 * ({@code occurredAt} null) the engagement happened when it was received, as Segment's API takes it. {@code apiKeyId}
 * names the API key that sent it (null for a person or an import), set from the caller the gateway named, never from
 * the body. {@code consent} is the consent signal the event carried (null: none), applied to the person before the
 * engagement is announced for scoring.
 */
public record RecordEngagementCommand(
        UUID eventId,
        String type,
        Instant occurredAt,
        EmailAddress email,
        List<String> identities,
        Channel channel,
        String source,
        String campaign,
        Map<String, String> properties,
        String correlationId,
        String sourceApi,
        String apiKeyId,
        ConsentSignal consent) {

    /** Marketing engagement data is never older than this; earlier times are typing or conversion errors. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    public static final int MAX_PROPERTIES = 50;
    public static final int MAX_TEXT = 200;
    public static final int MAX_PROPERTY_VALUE = 2000;

    public RecordEngagementCommand {
        Texts.require(type, "type");
        Texts.require(channel, "channel");
        Texts.require(correlationId, "correlationId");
        Texts.require(sourceApi, "sourceApi");
        type = Texts.limited(type, "type", MAX_TEXT);
        identities = identities == null ? List.of() : List.copyOf(identities);
        identities.forEach(identity -> Texts.limited(identity, "anonymousId", MAX_TEXT + 5));
        if (email == null && identities.isEmpty()) {
            throw new InvalidValueException(
                    "email",
                    "identity.required",
                    "an e-mail address or an anonymous id is required to know whose engagement this is");
        }
        source = Texts.limited(source, "source", MAX_TEXT);
        campaign = Texts.limited(campaign, "campaign", MAX_TEXT);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        if (occurredAt != null && occurredAt.isBefore(EARLIEST)) {
            throw new InvalidValueException(
                    "occurredAt", "occurredAt.range", "occurredAt " + occurredAt + " is before " + EARLIEST);
        }
        if (properties.size() > MAX_PROPERTIES) {
            throw new InvalidValueException(
                    "properties",
                    "properties.size",
                    "at most " + MAX_PROPERTIES + " properties per event, got " + properties.size());
        }
        properties.forEach((key, value) -> {
            Texts.limited(key, "properties", MAX_TEXT);
            Texts.limited(value, "properties." + key, MAX_PROPERTY_VALUE);
        });
    }

    /**
     * The engagement, at the time of receipt {@code now} where the sender gave no time. Static, so that a mapper
     * does not take it for a setter.
     */
    public static RecordEngagementCommand datedOnReceipt(RecordEngagementCommand c, Instant now) {
        if (c.occurredAt() != null) {
            return c;
        }
        return new RecordEngagementCommand(
                c.eventId(),
                c.type(),
                now,
                c.email(),
                c.identities(),
                c.channel(),
                c.source(),
                c.campaign(),
                c.properties(),
                c.correlationId(),
                c.sourceApi(),
                c.apiKeyId(),
                c.consent());
    }

    /** The engagement as sent with the API key {@code apiKeyId} (null: not by a key). */
    public static RecordEngagementCommand sentWith(RecordEngagementCommand c, String apiKeyId) {
        return new RecordEngagementCommand(
                c.eventId(),
                c.type(),
                c.occurredAt(),
                c.email(),
                c.identities(),
                c.channel(),
                c.source(),
                c.campaign(),
                c.properties(),
                c.correlationId(),
                c.sourceApi(),
                apiKeyId,
                c.consent());
    }

    /** Refuses events that claim to happen later than {@code now} plus the allowed skew. */
    public void requireNotInFuture(Instant now, Duration maxSkew) {
        if (occurredAt != null && occurredAt.isAfter(now.plus(maxSkew))) {
            throw new InvalidValueException(
                    "occurredAt",
                    "occurredAt.notInFuture",
                    "occurredAt " + occurredAt + " lies more than " + maxSkew + " in the future");
        }
    }

    /** The identity key of an anonymous id, as kept in {@link #identities()}. */
    public static String anonymous(String anonymousId) {
        return "anon:" + Texts.limited(anonymousId.strip(), "anonymousId", MAX_TEXT);
    }

    /** The identity key of a tracking tool's user id that is not an e-mail address. */
    public static String user(String userId) {
        return "user:" + Texts.limited(userId.strip(), "userId", MAX_TEXT);
    }
}
