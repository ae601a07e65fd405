package io.leadflow.scoring.application.port.in;

/**
 * Takes a lead's profile into its score: a free-mail address takes points and blocks fast-track. A profile that
 * arrives before any engagement starts the lead's state.
 */
public interface RecordProfileUseCase {

    void recordProfile(RecordProfileCommand command);
}
