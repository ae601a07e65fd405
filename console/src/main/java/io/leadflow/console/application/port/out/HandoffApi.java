package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.HandoffTimelineEvent;
import io.leadflow.console.application.InboxEntry;
import io.leadflow.console.application.port.in.HandoffDecision;
import io.leadflow.console.application.port.in.SalesLeadForm;
import java.util.List;
import java.util.UUID;

/**
 * The hand-off service's API as the caller may see it: the gateway and the service decide what that is (roles,
 * ownership), so the console cannot show a rep another rep's hand-off even by mistake. The lead's timeline, which
 * the hand-off page shows, comes from the lead events API, open to reps.
 */
public interface HandoffApi {

    List<InboxEntry> openHandoffsOf(Caller caller);

    HandoffDetail handoff(Caller caller, UUID handoffId);

    /** The hand-off as it stands after the decision. */
    HandoffDetail decide(Caller caller, UUID handoffId, HandoffDecision decision);

    /** The new hand-off's id. */
    UUID registerSalesLead(Caller caller, SalesLeadForm form);

    /** The lead's latest engagements, newest first. */
    List<HandoffTimelineEvent> timelineOf(Caller caller, UUID leadId);
}
