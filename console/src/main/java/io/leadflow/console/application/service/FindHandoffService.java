package io.leadflow.console.application.service;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.HandoffTimelineEvent;
import io.leadflow.console.application.port.in.FindHandoffQuery;
import io.leadflow.console.application.port.out.HandoffApi;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class FindHandoffService implements FindHandoffQuery {

    private static final Logger LOG = LoggerFactory.getLogger(FindHandoffService.class);

    private final HandoffApi handoffs;

    FindHandoffService(HandoffApi handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public HandoffDetail findHandoff(Caller caller, UUID handoffId) {
        return handoffs.handoff(caller, handoffId);
    }

    @Override
    public List<HandoffTimelineEvent> timelineOf(Caller caller, UUID leadId) {
        try {
            return handoffs.timelineOf(caller, leadId);
        } catch (ApiRefusal refused) {
            // a lead the events API does not know yet (e.g. just entered by a rep): the hand-off still shows
            LOG.debug("timeline of lead {} refused with {}", leadId, refused.status());
            return List.of();
        }
    }
}
