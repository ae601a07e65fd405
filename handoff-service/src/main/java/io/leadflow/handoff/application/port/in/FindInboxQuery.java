package io.leadflow.handoff.application.port.in;

import java.util.List;

/**
 * A rep's inbox: the hand-offs they hold, soonest deadline first, with the time left; a team manager also sees their
 * teams' hand-offs, an admin everyone's.
 */
public interface FindInboxQuery {

    List<HandoffView> findInbox(Actor actor, boolean openOnly);
}
