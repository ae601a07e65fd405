package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ScheduledSteps} in memory, behaving as its contract says. */
final class InMemorySteps implements ScheduledSteps {
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
