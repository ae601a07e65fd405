package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.FindOrganisationChangesQuery;
import io.leadflow.handoff.application.port.out.OrganisationChanges;
import io.leadflow.handoff.domain.OrganisationChange;
import io.leadflow.kernel.InvalidValueException;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class FindOrganisationChangesService implements FindOrganisationChangesQuery {

    private final OrganisationChanges changes;

    FindOrganisationChangesService(OrganisationChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationChange> latestChanges(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new InvalidValueException("limit", "limit.range", "limit is between 1 and " + MAX);
        }
        return changes.latest(limit);
    }
}
