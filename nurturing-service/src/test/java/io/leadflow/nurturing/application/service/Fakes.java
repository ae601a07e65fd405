package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.testing.MutableClock;
import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadView;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.application.port.out.NurtureTimers;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.domain.DefaultTracks;
import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.LeadState;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.NurtureTracks;
import io.leadflow.nurturing.domain.Rejection;
import io.leadflow.nurturing.domain.RejectionOutcome;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepDelivery;
import io.leadflow.nurturing.domain.StepStatus;
import io.leadflow.nurturing.domain.TrackRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** In-memory stand-ins for the driven ports, behaving as the JDBC adapters do. */
final class Fakes {

    private Fakes() {}

    static final class InMemoryProcessedEvents implements ProcessedEvents {
        final Set<UUID> seen = new HashSet<>();

        @Override
        public boolean firstSeen(UUID eventId) {
            return seen.add(eventId);
        }
    }

    static final class InMemoryEnrollments implements EnrollmentRepository {
        final Map<UUID, Enrollment> byId = new LinkedHashMap<>();

        @Override
        public Optional<Enrollment> findActive(LeadId leadId) {
            return byId.values().stream()
                    .filter(e -> e.leadId().equals(leadId) && e.isActive())
                    .findFirst();
        }

        @Override
        public Optional<Enrollment> lockActive(LeadId leadId) {
            return findActive(leadId);
        }

        @Override
        public List<Enrollment> allOf(LeadId leadId) {
            return byId.values().stream()
                    .filter(e -> e.leadId().equals(leadId))
                    .sorted(Comparator.comparing(Enrollment::enrolledAt))
                    .toList();
        }

        @Override
        public Optional<Enrollment> lock(UUID enrollmentId) {
            return Optional.ofNullable(byId.get(enrollmentId));
        }

        @Override
        public Optional<Enrollment> findCurrent(LeadId leadId) {
            return findActive(leadId)
                    .or(() -> byId.values().stream()
                            .filter(e -> e.leadId().equals(leadId))
                            .max(Comparator.comparing(Enrollment::enrolledAt)));
        }

        /** Like the partial unique index: a second active enrolment of a lead is refused. */
        @Override
        public void save(Enrollment enrollment) {
            findActive(enrollment.leadId())
                    .filter(active -> enrollment.isActive() && !active.id().equals(enrollment.id()))
                    .ifPresent(active -> {
                        throw new IllegalStateException("lead " + enrollment.leadId() + " has an active enrolment");
                    });
            byId.put(enrollment.id(), enrollment);
        }

        List<Enrollment> of(LeadId leadId) {
            return byId.values().stream().filter(e -> e.leadId().equals(leadId)).toList();
        }
    }

    record Entry(Rejection rejection, RejectionOutcome outcome, Optional<UUID> enrollmentId) {}

    /** The log; marketing's list shows each rejection's enrolment (its track and current status), as SQL joins it. */
    static final class InMemoryRejectionLog implements RejectionLog {
        final List<Entry> entries = new ArrayList<>();
        private final InMemoryEnrollments enrollments;

        InMemoryRejectionLog(InMemoryEnrollments enrollments) {
            this.enrollments = enrollments;
        }

        @Override
        public void record(Rejection rejection, RejectionOutcome outcome, Optional<UUID> enrollmentId) {
            if (entries.stream().anyMatch(e -> e.rejection().id().equals(rejection.id()))) {
                throw new IllegalStateException("rejection " + rejection.id() + " recorded twice");
            }
            entries.add(new Entry(rejection, outcome, enrollmentId));
        }

        @Override
        public List<Rejection> ofLead(LeadId leadId) {
            return entries.stream()
                    .map(Entry::rejection)
                    .filter(r -> r.leadId().equals(leadId))
                    .sorted(Comparator.comparing(Rejection::rejectedAt))
                    .toList();
        }

        @Override
        public RejectedLeadPage page(RejectedLeadsFilter filter) {
            List<RejectedLeadView> views = entries.reversed().stream()
                    .sorted(Comparator.comparing((Entry e) -> e.rejection().rejectedAt())
                            .reversed())
                    .map(this::view)
                    .filter(v -> matches(filter, v))
                    .toList();
            return new RejectedLeadPage(
                    views.stream().skip(filter.offset()).limit(filter.size()).toList(),
                    filter.page(),
                    filter.size(),
                    views.size());
        }

        private RejectedLeadView view(Entry e) {
            Optional<Enrollment> enrollment = e.enrollmentId().map(enrollments.byId::get);
            return new RejectedLeadView(
                    e.rejection().leadId(),
                    e.rejection().reason(),
                    e.rejection().note(),
                    e.rejection().rejectedBy(),
                    enrollment.map(Enrollment::track),
                    enrollment.map(en -> en.status().name()).orElse(e.outcome().name()),
                    e.rejection().rejectedAt());
        }

        private static boolean matches(RejectedLeadsFilter f, RejectedLeadView v) {
            return f.reason().map(r -> r == v.reason()).orElse(true)
                    && f.rep().map(r -> r.equals(v.rejectedBy())).orElse(true)
                    && f.from().map(from -> !v.rejectedAt().isBefore(from)).orElse(true)
                    && f.to().map(to -> v.rejectedAt().isBefore(to)).orElse(true)
                    && f.track()
                            .map(t -> v.track()
                                    .map(TrackRef::key)
                                    .filter(t::equals)
                                    .isPresent())
                            .orElse(true)
                    && f.status().map(st -> st.equals(v.status())).orElse(true);
        }
    }

    static final class InMemorySteps implements ScheduledSteps {
        final Map<UUID, ScheduledStep> byId = new LinkedHashMap<>();

        /** Like the primary key and the unique (enrolment, position): a step already there is refused. */
        @Override
        public void addAll(List<ScheduledStep> steps) {
            steps.forEach(s -> {
                if (byId.containsKey(s.id())
                        || ofEnrollment(s.enrollmentId()).stream().anyMatch(t -> t.position() == s.position())) {
                    throw new IllegalStateException("step " + s.position() + " of " + s.enrollmentId() + " exists");
                }
                byId.put(s.id(), s);
            });
        }

        @Override
        public Optional<ScheduledStep> lock(UUID stepId) {
            return find(stepId);
        }

        @Override
        public Optional<ScheduledStep> find(UUID stepId) {
            return Optional.ofNullable(byId.get(stepId));
        }

        @Override
        public void save(ScheduledStep step) {
            byId.put(step.id(), step);
        }

        @Override
        public List<UUID> cancelPending(UUID enrollmentId) {
            List<UUID> cancelled = ofEnrollment(enrollmentId).stream()
                    .filter(s -> s.status() == StepStatus.SCHEDULED)
                    .map(ScheduledStep::id)
                    .toList();
            byId.replaceAll((id, s) -> s.enrollmentId().equals(enrollmentId) && s.status() == StepStatus.SCHEDULED
                    ? new ScheduledStep(
                            s.id(),
                            s.enrollmentId(),
                            s.leadId(),
                            s.position(),
                            s.name(),
                            s.content(),
                            s.dueAt(),
                            StepStatus.CANCELLED,
                            null)
                    : s);
            return cancelled;
        }

        @Override
        public int scheduledCount(UUID enrollmentId) {
            return (int) ofEnrollment(enrollmentId).stream()
                    .filter(s -> s.status() == StepStatus.SCHEDULED)
                    .count();
        }

        @Override
        public List<ScheduledStep> ofEnrollment(UUID enrollmentId) {
            return byId.values().stream()
                    .filter(s -> s.enrollmentId().equals(enrollmentId))
                    .sorted(Comparator.comparingInt(ScheduledStep::position))
                    .toList();
        }
    }

    /** Timers as db-scheduler keeps them: by task and id, each with its due time, gone once fired or cancelled. */
    static final class InMemoryTimers implements NurtureTimers {
        final Map<String, Instant> due = new LinkedHashMap<>();

        @Override
        public void scheduleSteps(List<ScheduledStep> steps) {
            steps.forEach(s -> due.putIfAbsent("step:" + s.id(), s.dueAt()));
        }

        @Override
        public void scheduleExpiry(UUID enrollmentId, Instant at) {
            due.putIfAbsent("expiry:" + enrollmentId, at);
        }

        @Override
        public void cancel(UUID enrollmentId, List<UUID> stepIds) {
            due.remove("expiry:" + enrollmentId);
            stepIds.forEach(id -> due.remove("step:" + id));
        }

        /** Fires the timers due by {@code now}, earliest first, each once; answers how many fired. */
        int fireDue(Instant now, SendStepUseCase send, ExpireEnrollmentUseCase expire) {
            int fired = 0;
            Optional<Map.Entry<String, Instant>> next;
            while ((next = due.entrySet().stream()
                            .filter(t -> !t.getValue().isAfter(now))
                            .min(Map.Entry.comparingByValue()))
                    .isPresent()) {
                String timer = next.get().getKey();
                due.remove(timer);
                UUID id = UUID.fromString(timer.substring(timer.indexOf(':') + 1));
                if (timer.startsWith("step:")) {
                    send.sendStep(id);
                } else {
                    expire.expireEnrollment(id);
                }
                fired++;
            }
            return fired;
        }
    }

    static final class InMemoryLeadStates implements LeadStates {
        final Map<LeadId, LeadState> byLead = new HashMap<>();
        private final InMemoryEnrollments enrollments;

        InMemoryLeadStates(InMemoryEnrollments enrollments) {
            this.enrollments = enrollments;
        }

        @Override
        public LeadState lock(LeadId leadId) {
            return byLead.getOrDefault(leadId, LeadState.unknown(leadId));
        }

        @Override
        public void save(LeadState state) {
            byLead.put(state.leadId(), state);
        }

        @Override
        public List<LeadId> lockDormant(Instant belowSince, int limit) {
            return byLead.values().stream()
                    .filter(s -> s.belowSince() != null && !s.belowSince().isAfter(belowSince))
                    .filter(s -> s.stage() == null || s.stage() == LifecycleStage.NEW)
                    .filter(s -> enrollments.allOf(s.leadId()).stream()
                            .noneMatch(e -> e.isActive() || !e.enrolledAt().isBefore(s.belowSince())))
                    .sorted(Comparator.comparing(LeadState::belowSince))
                    .map(LeadState::leadId)
                    .limit(limit)
                    .toList();
        }
    }

    static final class InMemorySettings implements SettingsStore {
        NurtureSettings settings = NurtureSettings.DEFAULT;

        @Override
        public NurtureSettings current() {
            return settings;
        }

        @Override
        public void save(NurtureSettings next) {
            settings = next;
        }
    }

    static final class InMemoryCatalogue implements NurtureTrackCatalogue {
        NurtureTracks tracks = DefaultTracks.catalogue();

        @Override
        public NurtureTracks current() {
            return tracks;
        }

        @Override
        public NurtureTracks currentForChange() {
            return tracks;
        }

        @Override
        public void save(NurtureTrack track) {
            tracks = tracks.with(track);
        }
    }

    record Sent(ScheduledStep step, TrackRef track) {}

    /** Renders every step (as its name and track) and accepts every delivery unless told to refuse. */
    static final class RecordingAutomation implements MarketingAutomation {
        final List<Sent> rendered = new ArrayList<>();
        final List<StepDelivery> attempts = new ArrayList<>();
        boolean refuse;

        @Override
        public Optional<AutomationMessage> render(ScheduledStep step, TrackRef track) {
            rendered.add(new Sent(step, track));
            return Optional.of(new AutomationMessage(
                    "https://automation.example.com/hook", step.position() + ":" + step.name() + "@" + track.key()));
        }

        @Override
        public DeliveryOutcome send(StepDelivery delivery) {
            attempts.add(delivery);
            return refuse ? DeliveryOutcome.failed(503, "HTTP 503") : DeliveryOutcome.ok(204);
        }
    }

    static final class InMemoryDeliveries implements StepDeliveries {
        final Map<UUID, StepDelivery> pending = new LinkedHashMap<>();
        final Map<UUID, Instant> due = new HashMap<>();
        final List<String> log = new ArrayList<>();

        @Override
        public void enqueue(StepDelivery d) {
            pending.putIfAbsent(d.id(), d);
            due.putIfAbsent(d.id(), d.createdAt());
        }

        @Override
        public List<StepDelivery> claimDue(Instant now, Duration lease, int limit) {
            List<StepDelivery> claimed = pending.values().stream()
                    .filter(d -> !due.get(d.id()).isAfter(now))
                    .sorted(Comparator.comparing(d -> due.get(d.id())))
                    .limit(limit)
                    .map(d -> new StepDelivery(d.id(), d.target(), d.payload(), d.attempts() + 1, d.createdAt()))
                    .toList();
            claimed.forEach(d -> {
                pending.put(d.id(), d);
                due.put(d.id(), now.plus(lease));
            });
            return claimed;
        }

        @Override
        public void recordAttempt(StepDelivery d, DeliveryOutcome outcome, Instant at, Optional<Instant> next) {
            log.add(d.id() + "#" + d.attempts() + ":"
                    + (outcome.delivered() ? "DELIVERED" : next.isPresent() ? "RETRY" : "FAILED"));
            if (outcome.delivered() || next.isEmpty()) {
                pending.remove(d.id());
            } else {
                due.put(d.id(), next.get());
            }
        }
    }

    static final class CountingMetrics implements NurtureMetrics {
        final List<String> enrolled = new ArrayList<>();
        int steps;
        int recycled;

        @Override
        public void enrolled(String reason) {
            enrolled.add(reason);
        }

        @Override
        public void stepSent() {
            steps++;
        }

        @Override
        public void recycled() {
            recycled++;
        }

        @Override
        public void webhookDelivered() {}

        @Override
        public void webhookFailed() {}
    }

    /** Every port faked, wired as in production. */
    static final class World {
        final MutableClock clock;
        final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
        final InMemoryCatalogue tracks = new InMemoryCatalogue();
        final InMemoryEnrollments enrollments = new InMemoryEnrollments();
        final InMemorySteps steps = new InMemorySteps();
        final InMemoryTimers timers = new InMemoryTimers();
        final InMemoryRejectionLog rejections = new InMemoryRejectionLog(enrollments);
        final RecordingPublisher events = new RecordingPublisher();
        final CountingMetrics metrics = new CountingMetrics();
        final InMemorySettings settings = new InMemorySettings();
        final InMemoryLeadStates leads = new InMemoryLeadStates(enrollments);
        final RecordingAutomation automation = new RecordingAutomation();
        final InMemoryDeliveries deliveries = new InMemoryDeliveries();
        final NurturingServices.Ports ports;

        World(Instant start) {
            clock = new MutableClock(start);
            ports = new NurturingServices.Ports(
                    processed,
                    tracks,
                    enrollments,
                    steps,
                    timers,
                    rejections,
                    events,
                    metrics,
                    settings,
                    leads,
                    automation,
                    deliveries,
                    period -> {
                        throw new UnsupportedOperationException("statistics are computed in SQL");
                    },
                    clock);
        }
    }

    static final class RecordingPublisher implements LeadEventPublisher {
        final List<IntegrationEvent> published = new ArrayList<>();

        @Override
        public void publish(IntegrationEvent event) {
            published.add(event);
        }
    }
}
