package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.application.port.out.ConsentRegister;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.ExitConditions;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepDelivery;
import io.leadflow.nurturing.domain.StepStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trusts the timer for the time (it fires at the step's due time) and the database for everything else: the
 * enrolment is locked before the step, in the same order as a recycle or an exit locks them, so that a step and the
 * end of its enrolment never cross; the step is marked sent, its delivery stored and the enrolment completed in one
 * transaction, so a timer fired again finds the step sent.
 */
class SendStepService implements SendStepUseCase {

    private final ScheduledSteps steps;
    private final EnrollmentRepository enrollments;
    private final NurtureTrackCatalogue tracks;
    private final MarketingAutomation automation;
    private final StepDeliveries deliveries;
    private final Timetable timetable;
    private final Announcements announcements;
    private final NurtureMetrics metrics;
    private final Clock clock;
    private final ConsentRegister consent;

    SendStepService(
            ScheduledSteps steps,
            EnrollmentRepository enrollments,
            NurtureTrackCatalogue tracks,
            MarketingAutomation automation,
            StepDeliveries deliveries,
            Timetable timetable,
            Announcements announcements,
            NurtureMetrics metrics,
            Clock clock,
            ConsentRegister consent) {
        this.steps = steps;
        this.enrollments = enrollments;
        this.tracks = tracks;
        this.automation = automation;
        this.deliveries = deliveries;
        this.timetable = timetable;
        this.announcements = announcements;
        this.metrics = metrics;
        this.clock = clock;
        this.consent = consent;
    }

    @Override
    @Transactional
    public boolean sendStep(UUID stepId) {
        Optional<Enrollment> active = steps.find(stepId)
                .flatMap(s -> enrollments.lock(s.enrollmentId()))
                .filter(Enrollment::isActive);
        Optional<ScheduledStep> due =
                active.flatMap(e -> steps.lock(stepId)).filter(s -> s.status() == StepStatus.SCHEDULED);
        if (due.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Enrollment enrollment = active.get();
        if (consent.contactSuppressed(enrollment.leadId())) {
            // the person unsubscribed (perhaps before this enrolment began): no step, and the enrolment ends
            Enrollment ended = enrollment.exit(
                    EnrollmentStatus.UNSUBSCRIBED, LifecycleStage.NURTURING, "the lead unsubscribed", now);
            enrollments.save(ended);
            timetable.stop(ended.id());
            return false;
        }
        ScheduledStep step = due.get().sent(now);
        steps.save(step);
        automation
                .render(step, enrollment.track())
                .ifPresent(message ->
                        deliveries.enqueue(new StepDelivery(step.id(), message.target(), message.payload(), 0, now)));
        metrics.stepSent();
        boolean completes = tracks.current()
                .find(enrollment.track().key())
                .map(NurtureTrack::exits)
                .orElse(ExitConditions.DEFAULT)
                .onCompleted();
        if (completes && steps.scheduledCount(enrollment.id()) == 0) {
            Enrollment completed =
                    enrollment.exit(EnrollmentStatus.COMPLETED, LifecycleStage.NURTURING, "last step sent", now);
            enrollments.save(completed);
            timetable.stop(enrollment.id());
            announcements.announce(NurtureNotice.exited(completed));
        }
        return true;
    }
}
