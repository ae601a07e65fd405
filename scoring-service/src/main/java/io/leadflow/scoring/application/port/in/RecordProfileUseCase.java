package io.leadflow.scoring.application.port.in;

/**
 * Takes a lead's profile into its scores: fit rules, negatives such as free mail, and segment membership. A profile
 * that arrives before any engagement starts the lead's state.
 */
public interface RecordProfileUseCase {

    void recordProfile(RecordProfileCommand command);
}
