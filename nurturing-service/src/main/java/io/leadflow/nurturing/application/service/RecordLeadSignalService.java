package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.nurturing.application.port.in.LeadSignalCommand;
import io.leadflow.nurturing.application.port.in.RecordLeadSignalUseCase;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.ExitConditions;
import io.leadflow.nurturing.domain.LeadState;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.NurtureTrack;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

class RecordLeadSignalService implements RecordLeadSignalUseCase {

    /** Stages another service moves a lead to when sales takes it up again. */
    private static final Set<LifecycleStage> REQUALIFIED = EnumSet.of(
            LifecycleStage.MQL, LifecycleStage.SAL, LifecycleStage.SQL, LifecycleStage.OPPORTUNITY, LifecycleStage.WON);

    private final ProcessedEvents processed;
    private final SettingsStore settings;
    private final LeadStates leads;
    private final EnrollmentRepository enrollments;
    private final Timetable timetable;
    private final NurtureTrackCatalogue tracks;
    private final Recycler recycler;
    private final Announcements announcements;
    private final Clock clock;

    RecordLeadSignalService(
            ProcessedEvents processed,
            SettingsStore settings,
            LeadStates leads,
            EnrollmentRepository enrollments,
            Timetable timetable,
            NurtureTrackCatalogue tracks,
            Recycler recycler,
            Announcements announcements,
            Clock clock) {
        this.processed = processed;
        this.settings = settings;
        this.leads = leads;
        this.enrollments = enrollments;
        this.timetable = timetable;
        this.tracks = tracks;
        this.recycler = recycler;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<String> recordLeadSignal(LeadSignalCommand c) {
        NurtureSettings now = settings.current();
        if (c.engagement() != null && !mayEndNurturing(c.engagement(), now)) {
            // most engagements: nothing to record, no lead to lock, no event id to keep
            return Optional.empty();
        }
        if (!processed.firstSeen(c.eventId(), c.leadId().value())) {
            return Optional.empty();
        }
        LeadState state = leads.lock(c.leadId());
        if (c.score() != null) {
            OptionalInt previous = state.lastScore();
            boolean stale = state.isStale(c.occurredAt());
            leads.save(state.scored(c.score(), c.occurredAt(), now));
            Optional<String> trigger = stale ? Optional.empty() : now.recycleTrigger(previous, c.score());
            return trigger.flatMap(t -> enrollments.lockActive(c.leadId()).map(active -> recycle(active, t, c)));
        }
        if (c.engagement() != null) {
            return onEngagement(c, now);
        }
        leads.save(state.staged(c.stage(), c.occurredAt()));
        if (StageEvents.ACTOR.equals(c.actor())) {
            return Optional.empty();
        }
        Optional<Enrollment> active = enrollments.lockActive(c.leadId());
        if (active.isEmpty()) {
            return Optional.empty();
        }
        if (c.stage() == LifecycleStage.DISQUALIFIED) {
            Enrollment stopped = active.get().stopAsDisqualified(clock.instant());
            enrollments.save(stopped);
            timetable.stop(stopped.id());
            announcements.announce(NurtureNotice.exited(stopped));
            return Optional.of(stopped.status().name());
        }
        if (REQUALIFIED.contains(c.stage()) && exits(active.get()).onRequalified()) {
            return Optional.of(exit(
                    active.get(),
                    EnrollmentStatus.REQUALIFIED,
                    c.stage(),
                    "moved to " + c.stage() + " by " + c.actor()));
        }
        return Optional.empty();
    }

    /** Only buying signals and unsubscribes matter. */
    private static boolean mayEndNurturing(EngagementType engagement, NurtureSettings now) {
        return engagement == EngagementType.UNSUBSCRIBED
                || now.recycleTrigger(engagement).isPresent();
    }

    private Optional<String> onEngagement(LeadSignalCommand c, NurtureSettings now) {
        Optional<String> trigger = now.recycleTrigger(c.engagement());
        Optional<Enrollment> active = enrollments.lockActive(c.leadId());
        if (active.isEmpty()) {
            return Optional.empty();
        }
        if (trigger.isPresent()) {
            return Optional.of(recycle(active.get(), trigger.get(), c));
        }
        if (exits(active.get()).onUnsubscribed()) {
            return Optional.of(exit(
                    active.get(), EnrollmentStatus.UNSUBSCRIBED, LifecycleStage.NURTURING, "the lead unsubscribed"));
        }
        return Optional.empty();
    }

    private String recycle(Enrollment active, String trigger, LeadSignalCommand c) {
        recycler.recycle(active, trigger, clock.instant(), c.correlationId());
        return EnrollmentStatus.RECYCLED.name();
    }

    private String exit(Enrollment active, EnrollmentStatus exit, LifecycleStage stage, String trigger) {
        Enrollment ended = active.exit(exit, stage, trigger, clock.instant());
        enrollments.save(ended);
        timetable.stop(ended.id());
        announcements.announce(NurtureNotice.exited(ended));
        return exit.name();
    }

    private ExitConditions exits(Enrollment e) {
        return tracks.current().find(e.track().key()).map(NurtureTrack::exits).orElse(ExitConditions.DEFAULT);
    }
}
