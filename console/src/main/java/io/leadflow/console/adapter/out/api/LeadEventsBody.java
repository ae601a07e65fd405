package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.LeadEvent;
import io.leadflow.console.application.LeadEvents;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Ingestion's page of a lead's engagements, newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LeadEventsBody(long total, @Nullable List<Item> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(
            UUID eventId,
            String type,
            @Nullable String customType,
            @Nullable Instant occurredAt,
            @Nullable String channel,
            @Nullable String source,
            @Nullable String campaign) {

        /** A custom event shows its own name. */
        LeadEvent toEvent() {
            String shown = customType == null || customType.isBlank() ? type : type + ": " + customType;
            return new LeadEvent(eventId, shown, occurredAt, channel, source, campaign);
        }
    }

    LeadEvents toEvents() {
        return new LeadEvents(
                items == null ? List.of() : items.stream().map(Item::toEvent).toList(), total);
    }
}
