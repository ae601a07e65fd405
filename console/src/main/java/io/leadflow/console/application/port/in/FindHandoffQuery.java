package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.HandoffTimelineEvent;
import java.util.List;
import java.util.UUID;

/**
 * One hand-off and its lead's timeline, as the caller may see them: the API answers 403/404 for another rep's hand-off
 * (an {@code ApiRefusal}), so the page cannot show it even by mistake.
 */
public interface FindHandoffQuery {

    HandoffDetail findHandoff(Caller caller, UUID handoffId);

    /** The lead's engagements newest first; empty when the timeline cannot be read, which never hides the hand-off. */
    List<HandoffTimelineEvent> timelineOf(Caller caller, UUID leadId);
}
