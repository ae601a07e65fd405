package io.leadflow.console.application.service;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.HandoffTimelineEvent;
import io.leadflow.console.application.InboxEntry;
import io.leadflow.console.application.port.in.HandoffDecision;
import io.leadflow.console.application.port.in.SalesLeadForm;
import io.leadflow.console.application.port.out.HandoffApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The hand-off API as the services see it, answering what a test put in and recording what was asked. */
final class FakeHandoffApi implements HandoffApi {

    List<InboxEntry> inbox = List.of();
    HandoffDetail handoff;
    List<HandoffTimelineEvent> timeline = List.of();
    ApiRefusal timelineRefusal;
    UUID created = UUID.randomUUID();
    final List<Object> asked = new ArrayList<>();

    @Override
    public List<InboxEntry> openHandoffsOf(Caller caller) {
        return inbox;
    }

    @Override
    public HandoffDetail handoff(Caller caller, UUID handoffId) {
        asked.add(handoffId);
        if (handoff == null) {
            throw new ApiRefusal(404, "no hand-off with id " + handoffId, Map.of());
        }
        return handoff;
    }

    @Override
    public HandoffDetail decide(Caller caller, UUID handoffId, HandoffDecision decision) {
        asked.add(decision);
        return handoff;
    }

    @Override
    public UUID registerSalesLead(Caller caller, SalesLeadForm form) {
        asked.add(form);
        return created;
    }

    @Override
    public List<HandoffTimelineEvent> timelineOf(Caller caller, UUID leadId) {
        if (timelineRefusal != null) {
            throw timelineRefusal;
        }
        return timeline;
    }
}
