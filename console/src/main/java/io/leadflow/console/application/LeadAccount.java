package io.leadflow.console.application;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The account a lead belongs to: set by hand ({@code manual}) or matched by its domain; {@code accountId} null when no
 * account matches.
 */
public record LeadAccount(UUID leadId, @Nullable UUID accountId, boolean manual) {}
