package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.LeadRecycledEvent;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.StageMove;
import java.time.Instant;
import java.util.List;

/**
 * Sends a nurtured lead back to sales: the enrolment ends as recycled, its remaining steps and their timers are cancelled, and the
 * stage change NURTURING -> RECYCLED and {@code LeadRecycled} (with the recycle count and the readable history of
 * every cycle) go out in the same transaction, as do marketing's notices {@code nurture.exited} and
 * {@code lead.recycled}.
 */
final class Recycler {

    private final EnrollmentRepository enrollments;
    private final Timetable timetable;
    private final Histories histories;
    private final LeadEventPublisher events;
    private final NurtureMetrics metrics;
    private final Announcements announcements;

    Recycler(
            EnrollmentRepository enrollments,
            Timetable timetable,
            Histories histories,
            LeadEventPublisher events,
            NurtureMetrics metrics,
            Announcements announcements) {
        this.enrollments = enrollments;
        this.timetable = timetable;
        this.histories = histories;
        this.events = events;
        this.metrics = metrics;
        this.announcements = announcements;
    }

    void recycle(Enrollment active, String trigger, Instant now, String correlationId) {
        Enrollment recycled = active.recycle(trigger, now);
        enrollments.save(recycled);
        timetable.stop(active.id());
        int count = (int) enrollments.allOf(active.leadId()).stream()
                .filter(e -> e.status() == EnrollmentStatus.RECYCLED)
                .count();
        List<String> history = histories.of(active.leadId());
        events.publish(StageEvents.changed(
                active.leadId(),
                new StageMove(
                        LifecycleStage.NURTURING,
                        LifecycleStage.RECYCLED,
                        "recycled from track " + active.track().name() + ": " + trigger),
                now,
                correlationId));
        events.publish(new LeadRecycledEvent(
                EventMetadata.create(
                        LeadRecycledEvent.TYPE, LeadRecycledEvent.VERSION, active.leadId(), now, correlationId),
                trigger,
                count,
                history));
        announcements.announce(NurtureNotice.exited(recycled));
        announcements.announce(NurtureNotice.recycled(recycled, count));
        metrics.recycled();
    }
}
