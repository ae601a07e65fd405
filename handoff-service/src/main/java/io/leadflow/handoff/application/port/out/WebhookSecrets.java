package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.RepId;
import java.time.Instant;
import java.util.List;

/**
 * Each rep's webhook endpoint signs with a secret of its own, so a receiver can trust only what was meant for it, and
 * one leaked secret betrays one endpoint. A rotation keeps the former secrets valid for a grace period, in which every
 * webhook is signed with the new and the old ones (Standard Webhooks), so the receiver can switch without losing one.
 * The store keeps secrets so that they can sign (a hash could not), encrypted when a key is configured.
 */
public interface WebhookSecrets {

    /**
     * Gives the rep's endpoint a new random secret, valid from {@code now}; the secrets it had stay valid until
     * {@code previousValidUntil} (at {@code now}: not at all). Answers the new secret, the only time it is shown.
     */
    String issue(RepId rep, Instant now, Instant previousValidUntil);

    /** The secrets that sign the rep's webhooks at {@code at}, newest first; empty when the rep has none. */
    List<String> valid(RepId rep, Instant at);
}
