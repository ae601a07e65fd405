package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.domain.Enrollment;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link EnrollmentRepository} in memory, behaving as its contract says. */
final class InMemoryEnrollments implements EnrollmentRepository {
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
