package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.TrackDefinition;
import io.leadflow.console.application.port.in.ChangeTrackUseCase;
import io.leadflow.console.application.port.out.NurtureApi;
import org.springframework.stereotype.Service;

/** Track changes go to nurturing as they are; pausing re-sends the track as it stands with {@code active} flipped. */
@Service
class ChangeTrackService implements ChangeTrackUseCase {

    private final NurtureApi nurture;

    ChangeTrackService(NurtureApi nurture) {
        this.nurture = nurture;
    }

    @Override
    public void createTrack(Caller caller, TrackDefinition track) {
        nurture.createTrack(caller, track);
    }

    @Override
    public void updateTrack(Caller caller, TrackDefinition track) {
        nurture.updateTrack(caller, track);
    }

    @Override
    public void setTrackActive(Caller caller, String key, boolean active) {
        TrackDefinition track = nurture.track(caller, key);
        if (track.active() != active) {
            nurture.updateTrack(caller, track.withActive(active));
        }
    }
}
