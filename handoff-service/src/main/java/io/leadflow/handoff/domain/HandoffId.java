package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.util.UUID;

/** The identity of one hand-off of a lead to sales; a lead that is handed off again gets a new one. */
public record HandoffId(UUID value) {

    public HandoffId {
        if (value == null) {
            throw new InvalidValueException("handoffId", "handoffId.required", "a hand-off id is required");
        }
    }

    public static HandoffId newId() {
        return new HandoffId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
