package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link SalesRepRepository} in memory, behaving as its contract says. */
final class InMemorySalesReps implements SalesRepRepository {
    final Map<RepId, SalesRep> byId = new LinkedHashMap<>();

    @Override
    public boolean add(SalesRep rep) {
        if (byId.values().stream().anyMatch(r -> r.email().equals(rep.email()))) {
            return false;
        }
        byId.put(rep.id(), rep);
        return true;
    }

    @Override
    public void save(SalesRep rep) {
        byId.put(rep.id(), rep);
    }

    @Override
    public Optional<SalesRep> find(RepId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<SalesRep> findAll() {
        return byId.values().stream()
                .sorted(Comparator.comparing((SalesRep r) -> r.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(SalesRep::name))
                .toList();
    }

    @Override
    public List<SalesRep> lockAvailable() {
        return byId.values().stream().filter(SalesRep::available).toList();
    }
}
