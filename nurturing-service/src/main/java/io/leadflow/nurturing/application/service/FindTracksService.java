package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.FindTracksQuery;
import io.leadflow.nurturing.application.port.in.NotFoundException;
import io.leadflow.nurturing.application.port.in.TrackView;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class FindTracksService implements FindTracksQuery {

    private final NurtureTrackCatalogue tracks;

    FindTracksService(NurtureTrackCatalogue tracks) {
        this.tracks = tracks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrackView> findTracks() {
        return tracks.current().all().stream().map(TrackView::new).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TrackView findTrack(String key) {
        return tracks.current().find(key).map(TrackView::new).orElseThrow(() -> new NotFoundException("track", key));
    }
}
