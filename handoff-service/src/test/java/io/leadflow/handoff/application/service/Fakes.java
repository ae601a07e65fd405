package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.*;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadEventPublisher;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.*;
import io.leadflow.handoff.domain.DeliveryState;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** In-memory fakes of the driven ports, behaving as the contracts in their Javadoc say. */
final class Fakes {

    private Fakes() {}

    static final class Reps implements SalesRepRepository {
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

    static final class Handoffs implements HandoffRepository {
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
        public List<Handoff> findOpenHeldBy(Set<RepId> reps) {
            return byId.values().stream()
                    .filter(h -> h.isOpen() && reps.contains(h.repId()))
                    .sorted(Comparator.comparing(Handoffs::runningDeadline).thenComparing(Handoff::createdAt))
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

    static final class Teams implements TeamRepository {
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

    static final class Rules implements RoutingRules {
        final List<RoutingRule> rules = new ArrayList<>();

        @Override
        public void add(RoutingRule rule) {
            rules.add(rule);
        }

        @Override
        public List<RoutingRule> findAll() {
            return rules.stream()
                    .sorted(Comparator.comparingInt(RoutingRule::position).thenComparing(RoutingRule::name))
                    .toList();
        }

        @Override
        public boolean delete(UUID id) {
            return rules.removeIf(r -> r.id().equals(id));
        }
    }

    static final class Policies implements SlaPolicies {
        final Map<Priority, SlaPolicy> byPriority = new java.util.EnumMap<>(Priority.class);

        @Override
        public SlaPolicy find(Priority priority) {
            return byPriority.getOrDefault(priority, SlaPolicy.defaults(priority));
        }

        @Override
        public void save(SlaPolicy policy) {
            byPriority.put(policy.priority(), policy);
        }

        @Override
        public List<SlaPolicy> findAll() {
            return java.util.Arrays.stream(Priority.values()).map(this::find).toList();
        }
    }

    /** Timers kept in memory; {@link #due(Instant)} hands out those due, once each, like the scheduler. */
    static final class Timers implements SlaTimers {
        final Map<String, SlaTimer> pending = new LinkedHashMap<>();

        @Override
        public void schedule(List<SlaTimer> timers) {
            timers.forEach(t -> pending.putIfAbsent(t.key(), t));
        }

        List<SlaTimer> due(Instant now) {
            List<SlaTimer> due = pending.values().stream()
                    .filter(t -> !t.at().isAfter(now))
                    .sorted(Comparator.comparing(SlaTimer::at))
                    .toList();
            due.forEach(t -> pending.remove(t.key()));
            return due;
        }
    }

    static final class Log implements SlaLog {
        final Map<String, SlaTimer> recorded = new LinkedHashMap<>();

        @Override
        public boolean recordOnce(SlaTimer timer, RepId rep, TeamId team, Instant at) {
            return recorded.putIfAbsent(timer.key(), timer) == null;
        }
    }

    static final class Histories implements LeadHistories {
        final Map<LeadId, List<String>> byLead = new LinkedHashMap<>();
        private final Map<LeadId, Integer> counts = new LinkedHashMap<>();

        /** The newest recycle (highest count) wins whatever order the events arrive in. */
        @Override
        public void replace(LeadId leadId, int recycleCount, List<String> lines) {
            if (counts.getOrDefault(leadId, Integer.MIN_VALUE) <= recycleCount) {
                counts.put(leadId, recycleCount);
                byLead.put(leadId, List.copyOf(lines));
            }
        }

        @Override
        public List<String> find(LeadId leadId) {
            return byLead.getOrDefault(leadId, List.of());
        }
    }

    static final class Profiles implements LeadProfiles {
        final Map<LeadId, LeadProfile> byLead = new LinkedHashMap<>();

        @Override
        public boolean keepIfNewer(LeadProfile profile) {
            if (!profile.supersedes(byLead.get(profile.leadId()))) {
                return false;
            }
            byLead.put(profile.leadId(), profile);
            return true;
        }

        @Override
        public Optional<LeadProfile> find(LeadId leadId) {
            return Optional.ofNullable(byLead.get(leadId));
        }
    }

    static final class Deliveries implements NotificationDeliveries {
        final Map<UUID, NotificationDelivery> byId = new LinkedHashMap<>();

        @Override
        public void add(NotificationDelivery delivery) {
            byId.put(delivery.id(), delivery);
        }

        @Override
        public List<NotificationDelivery> claimDue(
                NotificationChannel channel, Instant now, int limit, Instant leaseUntil) {
            List<NotificationDelivery> due = byId.values().stream()
                    .filter(d -> d.channel() == channel
                            && d.state() == DeliveryState.PENDING
                            && !d.nextAttemptAt().isAfter(now))
                    .sorted(Comparator.comparing(NotificationDelivery::nextAttemptAt))
                    .limit(limit)
                    .map(d -> new NotificationDelivery(
                            d.id(),
                            d.handoffId(),
                            d.channel(),
                            d.target(),
                            d.payload(),
                            d.attempts(),
                            d.createdAt(),
                            leaseUntil,
                            null,
                            null,
                            d.lastStatus(),
                            d.lastError()))
                    .toList();
            due.forEach(this::add);
            return due;
        }

        @Override
        public void recordAttempt(NotificationDelivery delivery) {
            byId.put(delivery.id(), delivery);
        }

        @Override
        public Optional<NotificationDelivery> latestFor(HandoffId handoffId) {
            return byId.values().stream()
                    .filter(d -> d.handoffId().equals(handoffId))
                    .max(Comparator.comparing(NotificationDelivery::createdAt));
        }

        @Override
        public List<NotificationDelivery> pendingFor(HandoffId handoffId) {
            return byId.values().stream()
                    .filter(d -> d.handoffId().equals(handoffId) && d.state() == DeliveryState.PENDING)
                    .sorted(Comparator.comparing(NotificationDelivery::createdAt))
                    .toList();
        }

        @Override
        public void replacePayload(UUID deliveryId, String payload) {
            NotificationDelivery d = byId.get(deliveryId);
            if (d == null || d.state() != DeliveryState.PENDING) {
                return;
            }
            byId.put(
                    deliveryId,
                    new NotificationDelivery(
                            d.id(),
                            d.handoffId(),
                            d.channel(),
                            d.target(),
                            payload,
                            d.attempts(),
                            d.createdAt(),
                            d.nextAttemptAt(),
                            d.deliveredAt(),
                            d.failedAt(),
                            d.lastStatus(),
                            d.lastError()));
        }
    }

    static final class Processed implements ProcessedEvents {
        final Set<UUID> ids = new HashSet<>();

        @Override
        public boolean firstSeen(UUID eventId) {
            return ids.add(eventId);
        }
    }

    static final class Events implements LeadEventPublisher {
        final List<IntegrationEvent> published = new ArrayList<>();

        @Override
        public void publish(IntegrationEvent event) {
            published.add(event);
        }
    }
}
