package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import java.util.UUID;

/** A manager marks a rep of the team away (no new hand-offs) or back. */
public interface SetRepAvailabilityUseCase {

    void setAvailability(Caller caller, UUID repId, boolean available);
}
