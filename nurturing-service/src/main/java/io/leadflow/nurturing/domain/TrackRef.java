package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;

/** A nurture track as enrolments and lists name it: its stable key and its current name. */
public record TrackRef(String key, String name) {

    public TrackRef {
        if (key == null || key.isBlank() || name == null || name.isBlank()) {
            throw new InvalidValueException("track", "track.ref.required", "a track reference needs a key and a name");
        }
    }
}
