package io.leadflow.handoff.domain;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;

/**
 * A sales rep who can receive hand-offs. {@code lastAssignedAt} is what round-robin is fair by; it is empty until
 * the rep gets a first lead. An unavailable rep (on holiday, at capacity) keeps their hand-offs but gets no new ones.
 */
public record SalesRep(
        RepId id,
        String name,
        EmailAddress email,
        WebhookUrl webhookUrl,
        boolean available,
        Instant lastAssignedAt,
        Instant registeredAt) {

    static final int MAX_NAME = 200;

    public SalesRep {
        if (id == null || email == null || webhookUrl == null || registeredAt == null) {
            throw new IllegalArgumentException("a rep needs an id, an e-mail, a webhook URL and a registration time");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "name.required", "a rep's name is required");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidValueException("name", "name.length",
                    "a rep's name is at most " + MAX_NAME + " characters");
        }
    }

    public static SalesRep register(String name, EmailAddress email, WebhookUrl webhookUrl, boolean available,
            Instant now) {
        return new SalesRep(RepId.newId(), name, email, webhookUrl, available, null, now);
    }

    /** The same rep after being given a lead at {@code at}. */
    public SalesRep assignedAt(Instant at) {
        return new SalesRep(id, name, email, webhookUrl, available, at, registeredAt);
    }
}
