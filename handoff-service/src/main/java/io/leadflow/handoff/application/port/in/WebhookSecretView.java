package io.leadflow.handoff.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** A rep's new webhook signing secret, shown this once, and until when the former one still signs. */
public record WebhookSecretView(UUID repId, String secret, Instant previousValidUntil) {}
