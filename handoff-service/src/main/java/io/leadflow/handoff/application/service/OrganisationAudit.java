package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.CurrentCaller;
import io.leadflow.handoff.application.port.out.OrganisationChanges;
import io.leadflow.handoff.domain.OrganisationChange;
import java.time.Clock;

/** Records a change of the sales organisation with its caller, in the change's own transaction. */
final class OrganisationAudit {

    private final OrganisationChanges changes;
    private final CurrentCaller caller;
    private final Clock clock;

    OrganisationAudit(OrganisationChanges changes, CurrentCaller caller, Clock clock) {
        this.changes = changes;
        this.caller = caller;
        this.clock = clock;
    }

    /** @param action what was done, e.g. {@code team.updated}; @param subject the id of what it was done to */
    void record(String action, Object subject) {
        changes.record(new OrganisationChange(
                clock.instant(), caller.user().orElse(HandoffServices.ACTOR), action, String.valueOf(subject)));
    }
}
