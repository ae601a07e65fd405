package io.leadflow.handoff.application.port.in;

/**
 * Marks a rep away or back. An away rep keeps the hand-offs they hold but routing gives them no new ones; the manager
 * reassigns what should not wait. Only the manager of the rep's team or an admin may change it (403 otherwise);
 * setting the value the rep has already changes nothing.
 */
public interface SetRepAvailabilityUseCase {

    RepView setRepAvailability(SetRepAvailabilityCommand command);
}
