package io.leadflow.ingestion.domain;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing a person did, as it enters the append-only log. The event id is the sender's idempotency key: the same id
 * twice is the same engagement, and the same id for another type or person is refused. An engagement of a visitor we
 * cannot name yet has no lead but an identity (an anonymous id or a user id); it is attributed to the lead once that
 * identity is linked to an e-mail address. {@code apiKeyId} is the id of the API key that sent it (null when a person
 * sent or imported it), kept for audit: which source said so. {@code consent} is the consent signal the engagement
 * carried (null: none).
 */
public record Engagement(
        UUID eventId,
        LeadId leadId,
        String identity,
        EngagementType type,
        String customType,
        Channel channel,
        Instant occurredAt,
        String source,
        String campaign,
        Map<String, String> properties,
        String correlationId,
        String sourceApi,
        String apiKeyId,
        ConsentSignal consent) {

    public Engagement {
        if (eventId == null || type == null || channel == null || occurredAt == null) {
            throw new IllegalArgumentException("an engagement needs an id, a type, a channel and a time");
        }
        if (leadId == null && identity == null) {
            throw new IllegalArgumentException("an engagement belongs to a lead or to an identity");
        }
        if ((type == EngagementType.CUSTOM) != (customType != null)) {
            throw new IllegalArgumentException("a custom type name goes with the CUSTOM type, and only with it");
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** An engagement that carried no consent signal. */
    public Engagement(
            UUID eventId,
            LeadId leadId,
            String identity,
            EngagementType type,
            String customType,
            Channel channel,
            Instant occurredAt,
            String source,
            String campaign,
            Map<String, String> properties,
            String correlationId,
            String sourceApi,
            String apiKeyId) {
        this(
                eventId,
                leadId,
                identity,
                type,
                customType,
                channel,
                occurredAt,
                source,
                campaign,
                properties,
                correlationId,
                sourceApi,
                apiKeyId,
                null);
    }

    /**
     * The consent this engagement withdraws (null: none): an unsubscribe withdraws marketing consent, and a carried
     * signal its {@code false} parts. An engagement never gives consent back, however its tool's consent manager
     * reads, so that a hot engagement never re-subscribes someone who unsubscribed: that takes an explicit word.
     */
    public ConsentSignal withdrawal() {
        boolean marketing =
                type == EngagementType.UNSUBSCRIBED || (consent != null && Boolean.FALSE.equals(consent.marketing()));
        boolean profiling = consent != null && Boolean.FALSE.equals(consent.profiling());
        return ConsentSignal.of(marketing ? Boolean.FALSE : null, profiling ? Boolean.FALSE : null);
    }

    /** Why the person is suppressed after {@link #withdrawal()}: their unsubscribe, or a withdrawn consent. */
    public String withdrawalReason() {
        return type == EngagementType.UNSUBSCRIBED ? Suppression.UNSUBSCRIBED : Suppression.CONSENT_WITHDRAWN;
    }

    public boolean isAttributed() {
        return leadId != null;
    }

    /**
     * Whether a request that comes again with this event id describes this engagement: the same type, done by the
     * same person (the lead its e-mail names, or one of the identities it came with). The time is not compared: a
     * sender that corrects for its clock (Segment's {@code originalTimestamp} and {@code sentAt}) moves it between
     * retries. Anything else is another engagement under a reused id.
     */
    public boolean isRepeatedBy(
            EngagementType otherType, String otherCustomType, LeadId otherLead, List<String> otherIdentities) {
        boolean sameType = type == otherType && Objects.equals(customType, otherCustomType);
        boolean samePerson = (leadId != null && leadId.equals(otherLead))
                || (identity != null && otherIdentities.contains(identity));
        return sameType && samePerson;
    }

    public Engagement attributedTo(LeadId lead) {
        return new Engagement(
                eventId,
                lead,
                identity,
                type,
                customType,
                channel,
                occurredAt,
                source,
                campaign,
                properties,
                correlationId,
                sourceApi,
                apiKeyId,
                consent);
    }
}
