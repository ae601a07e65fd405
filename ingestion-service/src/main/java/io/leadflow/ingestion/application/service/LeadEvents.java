package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.domain.Contact;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.ProfileChangedEvent;
import java.time.Instant;

/** The integration events ingestion announces, built one way for every use case. */
final class LeadEvents {

    private LeadEvents() {}

    /** The engagement under its own event id, so that consumers recognise it however often it is sent. */
    static EngagementRecordedEvent recorded(Engagement e) {
        return recorded(e, null);
    }

    /** The engagement with the consent standing it changed ({@code consent}, null when it changed none). */
    static EngagementRecordedEvent recorded(Engagement e, ConsentChangedEvent consent) {
        return new EngagementRecordedEvent(
                new EventMetadata(
                        e.eventId(),
                        EngagementRecordedEvent.TYPE,
                        EngagementRecordedEvent.VERSION,
                        e.leadId().value(),
                        e.occurredAt(),
                        e.correlationId() != null ? e.correlationId() : "none"),
                e.type(),
                e.customType(),
                e.channel(),
                e.source(),
                e.campaign(),
                e.properties(),
                consent);
    }

    /** The full current profile, never a diff. */
    static ProfileChangedEvent profile(Contact contact, Instant at, String correlationId) {
        return new ProfileChangedEvent(
                EventMetadata.create(
                        ProfileChangedEvent.TYPE, ProfileChangedEvent.VERSION, contact.leadId(), at, correlationId),
                contact.email().value(),
                contact.attributes());
    }
}
