package io.leadflow.console.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One open hand-off in a rep's inbox: what the rep needs to decide which lead to call first. */
public record InboxEntry(
        UUID id,
        UUID leadId,
        String status,
        int score,
        boolean fastTrack,
        @Nullable Instant assignedAt,
        List<String> reasons) {

    public InboxEntry {
        reasons = List.copyOf(reasons);
    }
}
