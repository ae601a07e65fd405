package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.nurturing.application.port.in.RecordConsentUseCase;
import io.leadflow.nurturing.application.port.out.ConsentRegister;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

class RecordConsentService implements RecordConsentUseCase {

    private final ProcessedEvents processed;
    private final ConsentRegister consent;
    private final EnrollmentRepository enrollments;
    private final Timetable timetable;
    private final StepDeliveries deliveries;
    private final Clock clock;

    RecordConsentService(
            ProcessedEvents processed,
            ConsentRegister consent,
            EnrollmentRepository enrollments,
            Timetable timetable,
            StepDeliveries deliveries,
            Clock clock) {
        this.processed = processed;
        this.consent = consent;
        this.enrollments = enrollments;
        this.timetable = timetable;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean recordConsent(ConsentChangedEvent standing) {
        if (!processed.firstSeen(standing.eventId(), standing.metadata().lead().value()) || !consent.keep(standing)) {
            return false;
        }
        if (standing.contactSuppressed()) {
            enrollments.lockActive(standing.metadata().lead()).ifPresent(this::end);
            deliveries.withdrawPending(standing.metadata().lead());
        }
        return true;
    }

    /** No exit notice: after an unsubscribe marketing's automation hears nothing more of the person. */
    private void end(Enrollment active) {
        Enrollment ended = active.exit(
                EnrollmentStatus.UNSUBSCRIBED, LifecycleStage.NURTURING, "the lead unsubscribed", clock.instant());
        enrollments.save(ended);
        timetable.stop(ended.id());
    }
}
