package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.IdentityLinks;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.IntegrationEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Links identities to leads and hands over what their visitors did while anonymous: those engagements become the
 * lead's and are published as the lead's engagements, under their original event ids and times. What the visitor
 * withdrew while anonymous (an unsubscribe, a carried consent) goes on the person's suppression list first, in the
 * order it happened.
 */
final class IdentityAttribution {

    private final IdentityLinks links;
    private final EngagementLog log;
    private final LeadEventPublisher events;
    private final ConsentRecorder consent;

    IdentityAttribution(IdentityLinks links, EngagementLog log, LeadEventPublisher events, ConsentRecorder consent) {
        this.links = links;
        this.log = log;
        this.events = events;
        this.consent = consent;
    }

    /** Links the identity unless it is linked already, and returns the engagements that became the lead's. */
    List<Engagement> link(String identity, LeadId lead) {
        if (!links.link(identity, lead)) {
            return List.of();
        }
        List<Engagement> attributed = new ArrayList<>(log.attributePending(identity, lead));
        attributed.sort(Comparator.comparing(Engagement::occurredAt).thenComparing(Engagement::eventId));
        List<IntegrationEvent> recorded = new ArrayList<>(attributed.size());
        for (Engagement e : attributed) {
            recorded.add(LeadEvents.recorded(e, consent.recordWithdrawal(e)));
        }
        events.publishAll(recorded);
        return attributed;
    }

    Optional<LeadId> leadOf(String identity) {
        return links.lockAndFind(identity);
    }
}
