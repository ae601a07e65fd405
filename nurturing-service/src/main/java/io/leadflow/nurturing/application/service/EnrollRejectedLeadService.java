package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.Rejection;
import io.leadflow.nurturing.domain.RejectionOutcome;
import io.leadflow.nurturing.domain.RejectionTriage;
import io.leadflow.nurturing.domain.StageMove;
import io.leadflow.nurturing.domain.Triage;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class EnrollRejectedLeadService implements EnrollRejectedLeadUseCase {

    static final String ACTOR = "nurturing-service";

    private final ProcessedEvents processed;
    private final NurtureTrackCatalogue tracks;
    private final EnrollmentRepository enrollments;
    private final RejectionLog rejections;
    private final LeadEventPublisher events;
    private final Clock clock;

    EnrollRejectedLeadService(ProcessedEvents processed, NurtureTrackCatalogue tracks,
            EnrollmentRepository enrollments, RejectionLog rejections, LeadEventPublisher events, Clock clock) {
        this.processed = processed;
        this.tracks = tracks;
        this.enrollments = enrollments;
        this.rejections = rejections;
        this.events = events;
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
                .triage(rejection, enrollments.findActive(rejection.leadId()), clock.instant());
        triage.enrollment().ifPresent(enrollments::save);
        rejections.record(rejection, triage.outcome(), triage.enrollment().map(Enrollment::id));
        triage.stageMove().ifPresent(move -> events.publish(stageChanged(command, move)));
        return Optional.of(triage.outcome());
    }

    private LeadStageChangedEvent stageChanged(EnrollRejectedLeadCommand command, StageMove move) {
        return new LeadStageChangedEvent(
                EventMetadata.create(LeadStageChangedEvent.TYPE, LeadStageChangedEvent.VERSION, command.leadId(),
                        clock.instant(), command.correlationId()),
                move.from(), move.to(), move.reason(), ACTOR);
    }
}
