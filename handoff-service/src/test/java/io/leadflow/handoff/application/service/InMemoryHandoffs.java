package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link HandoffRepository} in memory, behaving as its contract says. */
final class InMemoryHandoffs implements HandoffRepository {
    final Map<HandoffId, Handoff> byId = new LinkedHashMap<>();

    /** Refuses a second open hand-off of a lead, or a qualification handed off twice, as the storage does. */
    @Override
    public void add(Handoff handoff) {
        boolean clash = byId.values().stream()
                .anyMatch(h -> h.id().equals(handoff.id())
                        || h.qualification()
                                .eventId()
                                .equals(handoff.qualification().eventId())
                        || (h.isOpen() && handoff.isOpen() && h.leadId().equals(handoff.leadId())));
        if (clash) {
            throw new IllegalStateException("the lead holds an open hand-off already: " + handoff.leadId());
        }
        byId.put(handoff.id(), handoff);
    }

    @Override
    public void save(Handoff handoff) {
        byId.put(handoff.id(), handoff);
    }

    @Override
    public Optional<Handoff> find(HandoffId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Handoff> lock(HandoffId id) {
        return find(id);
    }

    @Override
    public List<Handoff> findByLead(LeadId leadId) {
        return byId.values().stream()
                .filter(h -> h.leadId().equals(leadId))
                .sorted(Comparator.comparing(Handoff::createdAt).reversed())
                .toList();
    }

    @Override
    public Map<RepId, Integer> openLoads() {
        Map<RepId, Integer> loads = new java.util.HashMap<>();
        byId.values().stream()
                .filter(h -> h.isOpen() && h.repId() != null)
                .forEach(h -> loads.merge(h.repId(), 1, Integer::sum));
        return loads;
    }

    @Override
    public List<HandoffId> findUnassigned(int limit) {
        return byId.values().stream()
                .filter(h -> h.status() == HandoffStatus.UNASSIGNED)
                .sorted(Comparator.comparing(Handoff::createdAt))
                .limit(limit)
                .map(Handoff::id)
                .toList();
    }

    @Override
    public List<Handoff> findWaitingForTeams(Set<TeamId> teams) {
        return byId.values().stream()
                .filter(h -> h.status() == HandoffStatus.UNASSIGNED
                        && h.route().team() != null
                        && teams.contains(h.route().team()))
                .sorted(Comparator.comparing(Handoff::createdAt))
                .limit(500)
                .toList();
    }

    @Override
    public List<Handoff> findAllWaiting() {
        return byId.values().stream()
                .filter(h -> h.status() == HandoffStatus.UNASSIGNED)
                .sorted(Comparator.comparing(Handoff::createdAt))
                .limit(500)
                .toList();
    }

    @Override
    public List<Handoff> findOpenHeldBy(Set<RepId> reps) {
        return byId.values().stream()
                .filter(h -> h.isOpen() && reps.contains(h.repId()))
                .sorted(Comparator.comparing(InMemoryHandoffs::runningDeadline).thenComparing(Handoff::createdAt))
                .toList();
    }

    private static Instant runningDeadline(Handoff h) {
        Instant due = h.sla() == null
                ? null
                : switch (h.status()) {
                    case ASSIGNED -> h.sla().acceptDueAt();
                    case ACCEPTED -> h.sla().decideDueAt();
                    default -> null;
                };
        return due == null ? Instant.MAX : due;
    }
}
