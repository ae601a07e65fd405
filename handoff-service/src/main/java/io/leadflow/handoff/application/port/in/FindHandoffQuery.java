package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.kernel.LeadId;
import java.util.List;

/** Reads hand-offs with their rep and notification status. */
public interface FindHandoffQuery {

    /** @throws NotFoundException when no hand-off has this id */
    HandoffView findHandoff(HandoffId id);

    /** The lead's hand-offs, newest first; empty for a lead never handed off. */
    List<HandoffView> findHandoffsOfLead(LeadId leadId);
}
