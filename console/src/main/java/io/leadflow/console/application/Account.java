package io.leadflow.console.application;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A company leads work for, as scoring keeps it: its domain (the key, never changes), its firmographics, the rep who
 * owns it and how it came to be ({@code API}, {@code IMPORT} or {@code CONTACT}).
 */
public record Account(
        UUID id,
        String domain,
        String name,
        @Nullable Integer size,
        @Nullable String industry,
        @Nullable String country,
        boolean targetAccount,
        @Nullable Integer tier,
        @Nullable String ownerRepId,
        String origin,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
