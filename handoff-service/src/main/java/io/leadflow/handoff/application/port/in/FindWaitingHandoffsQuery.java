package io.leadflow.handoff.application.port.in;

import java.util.List;

/**
 * Hand-offs waiting for a rep (no rep available when routed, or all of the team away), oldest first, so a manager
 * can hand one out by hand: a manager sees those routed to the teams they manage, an admin every one. Anyone else is
 * refused ({@link NotAllowedException}), as the waiting leads are no rep's to see.
 */
public interface FindWaitingHandoffsQuery {

    List<HandoffView> findWaitingHandoffs(Actor actor);
}
