package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.HandoffId;
import java.util.List;
import java.util.UUID;

/**
 * Qualified accounts in sales' hands. A rep sees those they hold, a manager those of their teams (held by their reps
 * or routed to their teams), an admin every one; anyone else finds none.
 */
public interface FindAccountHandoffsQuery {

    /** The account hand-off, when the caller may see it; else {@link NotFoundException}. */
    AccountHandoff findAccountHandoff(HandoffId id, Actor actor);

    /** The account hand-offs the caller may see, newest first, at most 500; {@code accountId} narrows to one account. */
    List<AccountHandoff> findAccountHandoffs(Actor actor, UUID accountId);
}
