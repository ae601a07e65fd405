package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.Rejection;
import io.leadflow.nurturing.domain.RejectionOutcome;
import io.leadflow.nurturing.domain.RejectionTriage;
import io.leadflow.nurturing.domain.Triage;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class EnrollRejectedLeadService implements EnrollRejectedLeadUseCase {

    static final String ACTOR = StageEvents.ACTOR;

    private final ProcessedEvents processed;
    private final NurtureTrackCatalogue tracks;
    private final EnrollmentRepository enrollments;
    private final Timetable timetable;
    private final RejectionLog rejections;
    private final LeadEventPublisher events;
    private final NurtureMetrics metrics;
    private final Clock clock;

    EnrollRejectedLeadService(
            ProcessedEvents processed,
            NurtureTrackCatalogue tracks,
            EnrollmentRepository enrollments,
            Timetable timetable,
            RejectionLog rejections,
            LeadEventPublisher events,
            NurtureMetrics metrics,
            Clock clock) {
        this.processed = processed;
        this.tracks = tracks;
        this.enrollments = enrollments;
        this.timetable = timetable;
        this.rejections = rejections;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<RejectionOutcome> enrollRejectedLead(EnrollRejectedLeadCommand command) {
        if (!processed.firstSeen(command.eventId())) {
            return Optional.empty();
        }
        Rejection rejection = command.rejection();
        Triage triage = new RejectionTriage(tracks.current())
                .triage(rejection, enrollments.lockActive(rejection.leadId()), clock.instant());
        triage.enrollment().ifPresent(enrollments::save);
        triage.enrollment().ifPresent(e -> {
            if (!e.isActive()) {
                timetable.stop(e.id());
            } else if (!triage.steps().isEmpty()) {
                timetable.start(e, triage.steps());
            }
        });
        rejections.record(rejection, triage.outcome(), triage.enrollment().map(Enrollment::id));
        triage.stageMove()
                .ifPresent(move -> events.publish(
                        StageEvents.changed(command.leadId(), move, clock.instant(), command.correlationId())));
        if (triage.outcome() == RejectionOutcome.ENROLLED) {
            metrics.enrolled(rejection.reason().name().toLowerCase(Locale.ROOT));
        }
        return Optional.of(triage.outcome());
    }
}
