package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.ConflictException;
import io.leadflow.nurturing.application.port.in.DefineTrackCommand;
import io.leadflow.nurturing.application.port.in.DefineTrackUseCase;
import io.leadflow.nurturing.application.port.in.NotFoundException;
import io.leadflow.nurturing.application.port.in.TrackView;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.NurtureTracks;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class DefineTrackService implements DefineTrackUseCase {

    private final NurtureTrackCatalogue catalogue;

    DefineTrackService(NurtureTrackCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    @Transactional
    public TrackView defineTrack(DefineTrackCommand command) {
        NurtureTracks current = catalogue.currentForChange();
        String key = command.track().key();
        Optional<NurtureTrack> existing = current.find(key);
        NurtureTrack next;
        if (command.create()) {
            if (existing.isPresent()) {
                throw new ConflictException("key", "a track with key " + key + " exists; change it with PUT");
            }
            next = command.track();
        } else {
            next = existing.orElseThrow(() -> new NotFoundException("track", key))
                    .revisedAs(command.track());
        }
        current.with(next);
        catalogue.save(next);
        return new TrackView(next);
    }
}
