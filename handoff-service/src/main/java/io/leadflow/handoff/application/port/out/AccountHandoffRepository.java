package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.TeamId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Qualified accounts handed to sales; one per AccountQualified event (its id is unique). */
public interface AccountHandoffRepository {

    void add(AccountHandoff handoff);

    Optional<AccountHandoff> find(HandoffId id);

    /**
     * Newest first, at most {@code limit}: those held by one of {@code reps} or routed to one of {@code teams} (both
     * null: every one), of one account when {@code accountId} is not null.
     */
    List<AccountHandoff> findRecent(Set<RepId> reps, Set<TeamId> teams, UUID accountId, int limit);
}
