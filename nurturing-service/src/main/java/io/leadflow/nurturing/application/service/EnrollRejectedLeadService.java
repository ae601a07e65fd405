package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.LeadState;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.NurtureTracks;
import io.leadflow.nurturing.domain.Rejection;
import io.leadflow.nurturing.domain.RejectionOutcome;
import io.leadflow.nurturing.domain.RejectionTriage;
import io.leadflow.nurturing.domain.Triage;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead's state is locked before its enrolment, in the order every other use case locks them. Marketing's
 * automation is told of a new enrolment (with the track's version and the lead as nurturing knows it) and of an
 * enrolment a rejection stopped, in the transaction that records the rejection.
 */
class EnrollRejectedLeadService implements EnrollRejectedLeadUseCase {

    static final String ACTOR = StageEvents.ACTOR;

    private final ProcessedEvents processed;
    private final NurtureTrackCatalogue tracks;
    private final EnrollmentRepository enrollments;
    private final Timetable timetable;
    private final RejectionLog rejections;
    private final LeadStates leads;
    private final Announcements announcements;
    private final LeadEventPublisher events;
    private final NurtureMetrics metrics;
    private final Clock clock;

    EnrollRejectedLeadService(
            ProcessedEvents processed,
            NurtureTrackCatalogue tracks,
            EnrollmentRepository enrollments,
            Timetable timetable,
            RejectionLog rejections,
            LeadStates leads,
            Announcements announcements,
            LeadEventPublisher events,
            NurtureMetrics metrics,
            Clock clock) {
        this.processed = processed;
        this.tracks = tracks;
        this.enrollments = enrollments;
        this.timetable = timetable;
        this.rejections = rejections;
        this.leads = leads;
        this.announcements = announcements;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<RejectionOutcome> enrollRejectedLead(EnrollRejectedLeadCommand command) {
        if (!processed.firstSeen(command.eventId(), command.leadId().value())) {
            return Optional.empty();
        }
        Rejection rejection = command.rejection();
        LeadState profile = leads.lock(rejection.leadId());
        NurtureTracks current = tracks.current();
        Triage triage = new RejectionTriage(current)
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
        triage.enrollment().ifPresent(e -> announce(e, triage.outcome(), current, profile));
        if (triage.outcome() == RejectionOutcome.ENROLLED) {
            metrics.enrolled(rejection.reason().name().toLowerCase(Locale.ROOT));
        }
        return Optional.of(triage.outcome());
    }

    private void announce(Enrollment e, RejectionOutcome outcome, NurtureTracks current, LeadState profile) {
        if (outcome == RejectionOutcome.ENROLLED) {
            int version =
                    current.find(e.track().key()).map(NurtureTrack::version).orElseThrow();
            announcements.announce(NurtureNotice.enrolled(e, version, profile));
        } else if (!e.isActive()) {
            announcements.announce(NurtureNotice.exited(e));
        }
    }
}
