package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.AccountHandoffRepository;
import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.TeamId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Account hand-offs in memory, filtered and ordered as the JDBC adapter does. */
final class InMemoryAccountHandoffs implements AccountHandoffRepository {

    private final Map<HandoffId, AccountHandoff> byId = new LinkedHashMap<>();

    @Override
    public void add(AccountHandoff handoff) {
        if (byId.values().stream().anyMatch(h -> h.eventId().equals(handoff.eventId()))) {
            throw new IllegalStateException("event " + handoff.eventId() + " has an account hand-off already");
        }
        byId.put(handoff.id(), handoff);
    }

    @Override
    public Optional<AccountHandoff> find(HandoffId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<AccountHandoff> findRecent(Set<RepId> reps, Set<TeamId> teams, UUID accountId, int limit) {
        return byId.values().stream()
                .filter(h -> (reps == null && teams == null)
                        || (reps != null && h.repId() != null && reps.contains(h.repId()))
                        || (teams != null && h.team() != null && teams.contains(h.team())))
                .filter(h -> accountId == null || accountId.equals(h.accountId()))
                .sorted(Comparator.comparing(AccountHandoff::createdAt).reversed())
                .limit(limit)
                .toList();
    }
}
