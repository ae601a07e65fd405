package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import java.util.UUID;

/** A manager moves a waiting hand-off to another rep of the team; the hand-off service checks it is theirs to move. */
public interface ReassignHandoffUseCase {

    void reassign(Caller caller, UUID handoffId, UUID repId);
}
