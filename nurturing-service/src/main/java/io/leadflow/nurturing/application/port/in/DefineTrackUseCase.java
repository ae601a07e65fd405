package io.leadflow.nurturing.application.port.in;

/**
 * Creates a track or changes one. A change is stored as the track's next version and applies to leads enrolled
 * from then on; leads already on the track keep the steps and dates they were enrolled with. The new set of tracks
 * is checked as a whole (two tracks may not take one reason at the same priority).
 */
public interface DefineTrackUseCase {

    /**
     * @throws ConflictException when creating a key that exists
     * @throws NotFoundException when changing a key that does not
     */
    TrackView defineTrack(DefineTrackCommand command);
}
