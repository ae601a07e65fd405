package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.RepId;
import java.util.List;

/** Reads the registered sales reps. */
public interface FindRepQuery {

    /** @throws NotFoundException when no rep has this id */
    RepView findRep(RepId id);

    /** Every rep, by name. */
    List<RepView> findReps();
}
