package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.NurtureTimers;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.ScheduledStep;
import java.util.List;
import java.util.UUID;

/**
 * An enrolment's steps together with their timers, always in the caller's transaction: a new enrolment stores its
 * steps and schedules a timer for each (and one for its expiry); an enrolment that ends cancels its unsent steps and
 * removes their timers and its expiry.
 */
final class Timetable {

    private final ScheduledSteps steps;
    private final NurtureTimers timers;

    Timetable(ScheduledSteps steps, NurtureTimers timers) {
        this.steps = steps;
        this.timers = timers;
    }

    void start(Enrollment enrollment, List<ScheduledStep> scheduled) {
        steps.addAll(scheduled);
        timers.scheduleSteps(scheduled);
        if (enrollment.expiresAt() != null) {
            timers.scheduleExpiry(enrollment.id(), enrollment.expiresAt());
        }
    }

    void stop(UUID enrollmentId) {
        timers.cancel(enrollmentId, steps.cancelPending(enrollmentId));
    }
}
