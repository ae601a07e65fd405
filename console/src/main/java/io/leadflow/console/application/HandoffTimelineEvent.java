package io.leadflow.console.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One engagement of the lead's timeline beside a hand-off: what happened, through which channel, when. */
public record HandoffTimelineEvent(
        String type, @Nullable String channel, @Nullable Instant occurredAt) {}
