package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.nurturing.domain.NurtureTrack;

/**
 * Marketing's definition of a track (already checked on its own by the domain); {@code create} says whether it must
 * be new (a key already taken is a conflict) or must replace an existing track (an unknown key is not found).
 */
public record DefineTrackCommand(NurtureTrack track, boolean create) {

    public DefineTrackCommand {
        if (track == null) {
            throw new InvalidValueException("track", "track.required", "a track definition is required");
        }
    }
}
