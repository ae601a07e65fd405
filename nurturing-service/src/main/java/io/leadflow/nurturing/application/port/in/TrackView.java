package io.leadflow.nurturing.application.port.in;

import io.leadflow.nurturing.domain.NurtureTrack;

/** A nurture track as marketing defined it, with its current version. */
public record TrackView(NurtureTrack track) {

    public TrackView {
        if (track == null) {
            throw new IllegalArgumentException("a track view needs a track");
        }
    }
}
