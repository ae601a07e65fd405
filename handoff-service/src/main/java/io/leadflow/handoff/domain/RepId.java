package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.util.UUID;

/** The identity of a sales rep; it travels in events as {@code rejectedBy}, so it is never personal data. */
public record RepId(UUID value) {

    public RepId {
        if (value == null) {
            throw new InvalidValueException("repId", "repId.required", "a rep id is required");
        }
    }

    public static RepId newId() {
        return new RepId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
