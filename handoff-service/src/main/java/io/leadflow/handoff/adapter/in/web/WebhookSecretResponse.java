package io.leadflow.handoff.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/** A rep's new webhook signing secret, in this answer only, and until when the former one still signs. */
public record WebhookSecretResponse(UUID repId, String secret, Instant previousValidUntil) {}
