package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link TeamRepository} in memory, behaving as its contract says. */
final class InMemoryTeams implements TeamRepository {
    final Map<TeamId, Team> byId = new LinkedHashMap<>();

    @Override
    public boolean add(Team team) {
        if (byId.values().stream().anyMatch(t -> t.name().equals(team.name()))) {
            return false;
        }
        byId.put(team.id(), team);
        return true;
    }

    @Override
    public void save(Team team) {
        byId.put(team.id(), team);
    }

    @Override
    public Optional<Team> find(TeamId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Team> findAll() {
        return byId.values().stream()
                .sorted(Comparator.comparing(t -> t.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }
}
