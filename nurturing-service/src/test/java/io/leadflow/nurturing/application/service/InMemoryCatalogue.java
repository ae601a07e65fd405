package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.domain.DefaultTracks;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.NurtureTracks;

/** {@link NurtureTrackCatalogue} in memory, behaving as its contract says. */
final class InMemoryCatalogue implements NurtureTrackCatalogue {
    NurtureTracks tracks = DefaultTracks.catalogue();

    @Override
    public NurtureTracks current() {
        return tracks;
    }

    @Override
    public NurtureTracks currentForChange() {
        return tracks;
    }

    @Override
    public void save(NurtureTrack track) {
        tracks = tracks.with(track);
    }
}
