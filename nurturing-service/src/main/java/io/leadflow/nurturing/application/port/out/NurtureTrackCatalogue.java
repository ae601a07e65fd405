package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.NurtureTracks;

/**
 * The tracks in force. They are stored rather than coded because marketing edits them; a rejection is always
 * placed on the track that is in force when it arrives.
 */
public interface NurtureTrackCatalogue {

    NurtureTracks current();

    /**
     * The tracks in force, read so that no other change of tracks can commit before this transaction ends: a new or
     * changed track is checked against all the others and two concurrent edits must not both pass that check.
     */
    NurtureTracks currentForChange();

    /** Adds the track or stores its new version. */
    void save(NurtureTrack track);
}
