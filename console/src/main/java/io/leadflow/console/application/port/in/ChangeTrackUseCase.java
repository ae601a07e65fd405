package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.TrackDefinition;

/**
 * Marketing defines nurture tracks: creates one, changes one (nurturing stores its next version; leads already on it
 * keep their steps), or pauses and resumes one. Nurturing refuses a track that breaks a rule with the field it names
 * ({@link io.leadflow.console.application.ApiRefusal}).
 */
public interface ChangeTrackUseCase {

    void createTrack(Caller caller, TrackDefinition track);

    void updateTrack(Caller caller, TrackDefinition track);

    /** Pauses ({@code false}) or resumes a track as it stands; an inactive track takes no new leads. */
    void setTrackActive(Caller caller, String key, boolean active);
}
