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

    /**
     * The hand-off as {@code actor} may see it: only its rep, the manager of the rep's team, or an admin; to anyone
     * else it does not exist, so that a rep cannot learn about a colleague's leads.
     *
     * @throws NotFoundException when no hand-off has this id or the actor may not see it
     */
    HandoffView findHandoff(HandoffId id, Actor actor);

    /** The lead's hand-offs that {@code actor} may see, newest first. */
    List<HandoffView> findHandoffsOfLead(LeadId leadId, Actor actor);
}
