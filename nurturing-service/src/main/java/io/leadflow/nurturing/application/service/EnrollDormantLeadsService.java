package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.nurturing.application.port.in.EnrollDormantLeadsUseCase;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.StageMove;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class EnrollDormantLeadsService implements EnrollDormantLeadsUseCase {

    private final NurtureTrackCatalogue tracks;
    private final EnrollmentRepository enrollments;
    private final Timetable timetable;
    private final SettingsStore settings;
    private final LeadStates leads;
    private final LeadEventPublisher events;
    private final NurtureMetrics metrics;
    private final Announcements announcements;
    private final Clock clock;

    EnrollDormantLeadsService(
            NurtureTrackCatalogue tracks,
            EnrollmentRepository enrollments,
            Timetable timetable,
            SettingsStore settings,
            LeadStates leads,
            LeadEventPublisher events,
            NurtureMetrics metrics,
            Announcements announcements,
            Clock clock) {
        this.tracks = tracks;
        this.enrollments = enrollments;
        this.timetable = timetable;
        this.settings = settings;
        this.leads = leads;
        this.events = events;
        this.metrics = metrics;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int enrollDormantLeads(int batchSize) {
        NurtureSettings current = settings.current();
        Optional<NurtureTrack> track = tracks.current().trackForBelowThreshold();
        if (!current.belowThresholdEnrolment() || track.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int enrolled = 0;
        for (LeadId lead : leads.lockDormant(now.minus(current.belowThresholdAfter()), batchSize)) {
            Enrollment e = Enrollment.enrolBelowThreshold(lead, track.get(), now);
            enrollments.save(e);
            timetable.start(e, track.get().schedule(e.id(), lead, now));
            events.publish(StageEvents.changed(
                    lead,
                    new StageMove(
                            LifecycleStage.NEW,
                            LifecycleStage.NURTURING,
                            "enrolled in track " + track.get().name() + ": score below "
                                    + current.qualificationThreshold() + " for " + current.belowThresholdAfter()),
                    now,
                    "nurturing-" + e.id()));
            announcements.announce(NurtureNotice.enrolled(e, track.get().version(), leads.lock(lead)));
            metrics.enrolled("below_threshold");
            enrolled++;
        }
        return enrolled;
    }
}
