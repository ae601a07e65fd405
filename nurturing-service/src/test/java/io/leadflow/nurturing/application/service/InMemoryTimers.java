package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.application.port.out.NurtureTimers;
import io.leadflow.nurturing.domain.ScheduledStep;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Timers as db-scheduler keeps them: by task and id, each with its due time, gone once fired or cancelled. */
final class InMemoryTimers implements NurtureTimers {
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
