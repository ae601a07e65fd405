package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadView;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.Rejection;
import io.leadflow.nurturing.domain.RejectionOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** In-memory stand-ins for the driven ports, behaving as the JDBC adapters do. */
final class Fakes {

    private Fakes() {
    }

    static final class InMemoryProcessedEvents implements ProcessedEvents {
        private final Set<UUID> seen = new HashSet<>();

        @Override
        public boolean firstSeen(UUID eventId) {
            return seen.add(eventId);
        }
    }

    static final class InMemoryEnrollments implements EnrollmentRepository {
        final Map<UUID, Enrollment> byId = new LinkedHashMap<>();

        @Override
        public Optional<Enrollment> findActive(LeadId leadId) {
            return byId.values().stream().filter(e -> e.leadId().equals(leadId) && e.isActive()).findFirst();
        }

        @Override
        public Optional<Enrollment> findCurrent(LeadId leadId) {
            return findActive(leadId).or(() -> byId.values().stream()
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

    record Entry(Rejection rejection, RejectionOutcome outcome, Optional<UUID> enrollmentId) {
    }

    static final class InMemoryRejectionLog implements RejectionLog {
        final List<Entry> entries = new ArrayList<>();

        @Override
        public void record(Rejection rejection, RejectionOutcome outcome, Optional<UUID> enrollmentId) {
            if (entries.stream().anyMatch(e -> e.rejection().id().equals(rejection.id()))) {
                throw new IllegalStateException("rejection " + rejection.id() + " recorded twice");
            }
            entries.add(new Entry(rejection, outcome, enrollmentId));
        }

        @Override
        public RejectedLeadPage page(RejectedLeadsFilter filter) {
            List<RejectedLeadView> views = entries.reversed().stream()
                    .filter(e -> filter.reason().map(r -> r == e.rejection().reason()).orElse(true))
                    .map(e -> new RejectedLeadView(e.rejection().leadId(), e.rejection().reason(),
                            e.rejection().note(), e.rejection().rejectedBy(), Optional.empty(), e.outcome().name(),
                            e.rejection().rejectedAt()))
                    .toList();
            return new RejectedLeadPage(views.stream().skip(filter.offset()).limit(filter.size()).toList(),
                    filter.page(), filter.size(), views.size());
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
