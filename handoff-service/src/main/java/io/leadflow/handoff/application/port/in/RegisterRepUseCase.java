package io.leadflow.handoff.application.port.in;

/** Adds a sales rep who can receive hand-offs from now on (if available). Refuses a second rep with one e-mail. */
public interface RegisterRepUseCase {

    RepView registerRep(RegisterRepCommand command);
}
