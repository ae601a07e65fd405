package io.leadflow.console.application;

import org.jspecify.annotations.Nullable;

/**
 * An account's firmographics as a person typed them, for scoring to check and keep; {@code domain} only when the
 * account is created (it never changes).
 */
public record AccountDraft(
        @Nullable String domain,
        @Nullable String name,
        @Nullable Integer size,
        @Nullable String industry,
        @Nullable String country,
        boolean targetAccount,
        @Nullable Integer tier,
        @Nullable String ownerRepId) {}
