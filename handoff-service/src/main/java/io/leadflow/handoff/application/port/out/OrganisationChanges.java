package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.OrganisationChange;
import java.util.List;

/**
 * The audit trail of the sales organisation: every change is kept with its actor in the transaction of the change, so
 * that who rerouted leads or changed a team can always be told afterwards.
 */
public interface OrganisationChanges {

    void record(OrganisationChange change);

    /** The latest changes, newest first. */
    List<OrganisationChange> latest(int limit);
}
