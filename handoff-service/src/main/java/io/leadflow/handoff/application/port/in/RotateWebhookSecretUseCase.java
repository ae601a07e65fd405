package io.leadflow.handoff.application.port.in;

/**
 * Replaces a rep's webhook signing secret (an admin's act, e.g. after a leak or when a receiver is set up): the new
 * secret is answered once and never again; the former one stays valid for the grace period. An unknown rep is a
 * {@link NotFoundException}.
 */
public interface RotateWebhookSecretUseCase {

    WebhookSecretView rotateWebhookSecret(RotateWebhookSecretCommand command);
}
