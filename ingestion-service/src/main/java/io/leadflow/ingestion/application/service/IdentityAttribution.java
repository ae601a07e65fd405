package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.IdentityLinks;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.LeadId;
import java.util.List;
import java.util.Optional;

/**
 * Links identities to leads and hands over what their visitors did while anonymous: those engagements become the
 * lead's and are published as the lead's engagements, under their original event ids and times.
 */
final class IdentityAttribution {

    private final IdentityLinks links;
    private final EngagementLog log;
    private final LeadEventPublisher events;

    IdentityAttribution(IdentityLinks links, EngagementLog log, LeadEventPublisher events) {
        this.links = links;
        this.log = log;
        this.events = events;
    }

    /** Links the identity unless it is linked already, and returns the engagements that became the lead's. */
    List<Engagement> link(String identity, LeadId lead) {
        if (!links.link(identity, lead)) {
            return List.of();
        }
        List<Engagement> attributed = log.attributePending(identity, lead);
        events.publishAll(attributed.stream().map(LeadEvents::recorded).toList());
        return attributed;
    }

    Optional<LeadId> leadOf(String identity) {
        return links.lockAndFind(identity);
    }
}
