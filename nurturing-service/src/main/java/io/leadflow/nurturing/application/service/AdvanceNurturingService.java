package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.nurturing.application.port.in.AdvanceNurturingUseCase;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.ExitConditions;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.NurtureTracks;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StageMove;
import io.leadflow.nurturing.domain.StepDelivery;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class AdvanceNurturingService implements AdvanceNurturingUseCase {

    private final ScheduledSteps steps;
    private final EnrollmentRepository enrollments;
    private final NurtureTrackCatalogue tracks;
    private final MarketingAutomation automation;
    private final StepDeliveries deliveries;
    private final SettingsStore settings;
    private final LeadStates leads;
    private final LeadEventPublisher events;
    private final NurtureMetrics metrics;
    private final Clock clock;

    AdvanceNurturingService(
            ScheduledSteps steps,
            EnrollmentRepository enrollments,
            NurtureTrackCatalogue tracks,
            MarketingAutomation automation,
            StepDeliveries deliveries,
            SettingsStore settings,
            LeadStates leads,
            LeadEventPublisher events,
            NurtureMetrics metrics,
            Clock clock) {
        this.steps = steps;
        this.enrollments = enrollments;
        this.tracks = tracks;
        this.automation = automation;
        this.deliveries = deliveries;
        this.settings = settings;
        this.leads = leads;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int advanceNurturing(int batchSize) {
        Instant now = clock.instant();
        NurtureTracks catalogue = tracks.current();
        int handled = sendDueSteps(catalogue, now, batchSize);
        handled += endExpired(now, batchSize);
        handled += enrolDormant(catalogue, now, batchSize);
        return handled;
    }

    private int sendDueSteps(NurtureTracks catalogue, Instant now, int batchSize) {
        int sent = 0;
        for (ScheduledStep due : steps.claimDue(now, batchSize)) {
            Optional<Enrollment> active =
                    enrollments.findActive(due.leadId()).filter(e -> e.id().equals(due.enrollmentId()));
            if (active.isEmpty()) {
                continue;
            }
            ScheduledStep step = due.sent(now);
            steps.save(step);
            automation
                    .render(step, active.get().track())
                    .ifPresent(message -> deliveries.enqueue(
                            new StepDelivery(step.id(), message.target(), message.payload(), 0, now)));
            metrics.stepSent();
            sent++;
            boolean completes = catalogue
                    .find(active.get().track().key())
                    .map(NurtureTrack::exits)
                    .orElse(ExitConditions.DEFAULT)
                    .onCompleted();
            if (completes && steps.scheduledCount(step.enrollmentId()) == 0) {
                enrollments.save(
                        active.get().exit(EnrollmentStatus.COMPLETED, LifecycleStage.NURTURING, "last step sent", now));
            }
        }
        return sent;
    }

    private int endExpired(Instant now, int batchSize) {
        int ended = 0;
        for (Enrollment e : enrollments.lockExpired(now, batchSize)) {
            enrollments.save(e.exit(EnrollmentStatus.EXPIRED, e.stage(), "maximum duration reached", now));
            steps.cancelPending(e.id());
            ended++;
        }
        return ended;
    }

    private int enrolDormant(NurtureTracks catalogue, Instant now, int batchSize) {
        NurtureSettings current = settings.current();
        Optional<NurtureTrack> track = catalogue.trackForBelowThreshold();
        if (!current.belowThresholdEnrolment() || track.isEmpty()) {
            return 0;
        }
        int enrolled = 0;
        for (LeadId lead : leads.lockDormant(now.minus(current.belowThresholdAfter()), batchSize)) {
            Enrollment e = Enrollment.enrolBelowThreshold(lead, track.get(), now);
            enrollments.save(e);
            steps.addAll(track.get().schedule(e.id(), lead, now));
            events.publish(StageEvents.changed(
                    lead,
                    new StageMove(
                            LifecycleStage.NEW,
                            LifecycleStage.NURTURING,
                            "enrolled in track " + track.get().name() + ": score below "
                                    + current.qualificationThreshold() + " for " + current.belowThresholdAfter()),
                    now,
                    "nurturing-" + e.id()));
            metrics.enrolled("below_threshold");
            enrolled++;
        }
        return enrolled;
    }
}
