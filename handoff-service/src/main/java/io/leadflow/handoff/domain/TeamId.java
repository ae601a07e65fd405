package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.util.UUID;

/** The identity of a sales team. */
public record TeamId(UUID value) {

    public TeamId {
        if (value == null) {
            throw new InvalidValueException("teamId", "teamId.required", "a team id is required");
        }
    }

    public static TeamId newId() {
        return new TeamId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
