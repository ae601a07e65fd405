package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.NurtureTracks;

/**
 * The tracks in force. They are stored rather than coded because marketing edits them; a rejection is always
 * placed on the track that is in force when it arrives.
 */
public interface NurtureTrackCatalogue {

    NurtureTracks current();
}
