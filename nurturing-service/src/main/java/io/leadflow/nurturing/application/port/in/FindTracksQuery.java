package io.leadflow.nurturing.application.port.in;

import java.util.List;

/** The tracks in force, so marketing (and sales) can see where each kind of rejected lead goes. */
public interface FindTracksQuery {

    List<TrackView> findTracks();

    /** @throws NotFoundException when no track has this key */
    TrackView findTrack(String key);
}
