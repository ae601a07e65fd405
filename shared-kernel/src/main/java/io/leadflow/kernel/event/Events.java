package io.leadflow.kernel.event;

import io.leadflow.kernel.InvalidValueException;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of integration event types: which record reads a type name and which stream carries it, so that
 * producers and consumers look it up in one place.
 */
public final class Events {

    private record Entry(Class<? extends IntegrationEvent> type, String stream) {}

    private static final Map<String, Entry> CATALOGUE = Map.ofEntries(
            Map.entry(EngagementRecordedEvent.TYPE, new Entry(EngagementRecordedEvent.class, EventStreams.ENGAGEMENTS)),
            Map.entry(ProfileChangedEvent.TYPE, new Entry(ProfileChangedEvent.class, EventStreams.PROFILES)),
            Map.entry(LeadStageChangedEvent.TYPE, new Entry(LeadStageChangedEvent.class, EventStreams.LIFECYCLE)),
            Map.entry(LeadQualifiedEvent.TYPE, new Entry(LeadQualifiedEvent.class, EventStreams.LIFECYCLE)),
            Map.entry(DealAmountChangedEvent.TYPE, new Entry(DealAmountChangedEvent.class, EventStreams.LIFECYCLE)),
            Map.entry(LeadRejectedEvent.TYPE, new Entry(LeadRejectedEvent.class, EventStreams.LIFECYCLE)),
            Map.entry(LeadRecycledEvent.TYPE, new Entry(LeadRecycledEvent.class, EventStreams.LIFECYCLE)),
            Map.entry(SlaBreachedEvent.TYPE, new Entry(SlaBreachedEvent.class, EventStreams.LIFECYCLE)),
            Map.entry(AccountQualifiedEvent.TYPE, new Entry(AccountQualifiedEvent.class, EventStreams.LIFECYCLE)),
            Map.entry(LeadScoredEvent.TYPE, new Entry(LeadScoredEvent.class, EventStreams.SCORES)),
            Map.entry(ConsentChangedEvent.TYPE, new Entry(ConsentChangedEvent.class, EventStreams.CONSENT)),
            Map.entry(ErasureRequestedEvent.TYPE, new Entry(ErasureRequestedEvent.class, EventStreams.PRIVACY)),
            Map.entry(ExportRequestedEvent.TYPE, new Entry(ExportRequestedEvent.class, EventStreams.PRIVACY)),
            Map.entry(LeadDataErasedEvent.TYPE, new Entry(LeadDataErasedEvent.class, EventStreams.PRIVACY_RECEIPTS)),
            Map.entry(
                    LeadDataExportedEvent.TYPE, new Entry(LeadDataExportedEvent.class, EventStreams.PRIVACY_RECEIPTS)));

    private Events() {}

    /** The record for a type name, if the type is known to this version of the kernel. */
    public static Optional<Class<? extends IntegrationEvent>> recordFor(String eventType) {
        return Optional.ofNullable(CATALOGUE.get(eventType)).map(Entry::type);
    }

    /** The stream that carries events of this type. */
    public static String streamOf(String eventType) {
        Entry entry = CATALOGUE.get(eventType);
        if (entry == null) {
            throw new InvalidValueException("eventType", "eventType.unknown", "unknown event type " + eventType);
        }
        return entry.stream();
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
    }
}
