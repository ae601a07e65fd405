package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.OrganisationChange;
import java.util.List;

/** The latest changes to the sales organisation with who made them, newest first (admins read them). */
public interface FindOrganisationChangesQuery {

    int MAX = 500;

    /** @param limit 1 to {@link #MAX} */
    List<OrganisationChange> latestChanges(int limit);
}
