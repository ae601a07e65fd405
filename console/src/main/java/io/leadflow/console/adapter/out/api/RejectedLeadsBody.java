package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.RejectedLead;
import io.leadflow.console.application.port.out.NurtureApi;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Nurturing's {@code RejectedLeadPageResponse}: a page of rejected leads, newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RejectedLeadsBody(@Nullable List<Item> items, int page, int size, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(
            UUID leadId,
            String reason,
            @Nullable String note,
            @Nullable String rejectedBy,
            @Nullable Track track,
            String status,
            @Nullable Instant rejectedAt) {

        RejectedLead toLead() {
            return new RejectedLead(
                    leadId,
                    reason,
                    note,
                    rejectedBy,
                    track == null ? null : track.key(),
                    track == null ? null : track.name(),
                    status,
                    rejectedAt);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Track(String key, @Nullable String name) {}

    NurtureApi.Page toPage() {
        return new NurtureApi.Page(
                items == null ? List.of() : items.stream().map(Item::toLead).toList(), page, Math.max(1, size), total);
    }
}
