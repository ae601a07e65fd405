package io.leadflow.kernel.event;

import java.util.UUID;

/**
 * An event that crosses services over RabbitMQ. Changes are additive; a breaking change is a new type or version.
 */
public sealed interface IntegrationEvent
        permits EngagementRecordedEvent,
                ProfileChangedEvent,
                LeadStageChangedEvent,
                LeadQualifiedEvent,
                DealAmountChangedEvent,
                LeadRejectedEvent,
                LeadRecycledEvent,
                LeadScoredEvent,
                SlaBreachedEvent,
                AccountQualifiedEvent,
                ConsentChangedEvent,
                ErasureRequestedEvent,
                LeadDataErasedEvent,
                ExportRequestedEvent,
                LeadDataExportedEvent {

    EventMetadata metadata();

    default UUID eventId() {
        return metadata().eventId();
    }
}
