package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.InboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The part of the hand-off service's {@code HandoffResponse} the inbox shows; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record HandoffBody(
        UUID id,
        UUID leadId,
        String status,
        int score,
        boolean fastTrack,
        @Nullable Instant assignedAt,
        @Nullable List<String> reasons) {

    InboxEntry toEntry() {
        return new InboxEntry(id, leadId, status, score, fastTrack, assignedAt, reasons == null ? List.of() : reasons);
    }
}
