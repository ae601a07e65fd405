package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.OrganisationChanges;
import io.leadflow.handoff.domain.OrganisationChange;
import java.util.ArrayList;
import java.util.List;

/** The audit trail in memory, in the order of the changes. */
final class InMemoryOrganisationChanges implements OrganisationChanges {

    final List<OrganisationChange> all = new ArrayList<>();

    @Override
    public void record(OrganisationChange change) {
        all.add(change);
    }

    @Override
    public List<OrganisationChange> latest(int limit) {
        return all.reversed().stream().limit(limit).toList();
    }
}
