package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.FireSlaTimerUseCase;
import io.leadflow.handoff.application.port.out.HandoffMetrics;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadEventPublisher;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.SlaLog;
import io.leadflow.handoff.domain.Assignment;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.Routing;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaDeadline;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.SlaBreachedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs under the hand-off's row lock, the same lock a decision takes: an accept and the breach of its deadline are
 * serialised, so exactly one of them wins and the other sees the outcome.
 */
class FireSlaTimerService implements FireSlaTimerUseCase {

    static final String REASSIGN_RULE = "sla-breach-reassignment";

    private final HandoffRepository handoffs;
    private final SalesRepRepository reps;
    private final LeadProfiles profiles;
    private final SlaLog log;
    private final SlaScheduling sla;
    private final HandoffNotifications notifications;
    private final LeadEventPublisher events;
    private final HandoffMetrics metrics;
    private final Clock clock;

    FireSlaTimerService(
            HandoffRepository handoffs,
            SalesRepRepository reps,
            LeadProfiles profiles,
            SlaLog log,
            SlaScheduling sla,
            HandoffNotifications notifications,
            LeadEventPublisher events,
            HandoffMetrics metrics,
            Clock clock) {
        this.handoffs = handoffs;
        this.reps = reps;
        this.profiles = profiles;
        this.log = log;
        this.sla = sla;
        this.notifications = notifications;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String fireSlaTimer(SlaTimer timer) {
        Optional<Handoff> locked = handoffs.lock(timer.handoffId());
        if (locked.isEmpty()) {
            return "stale";
        }
        Handoff handoff = locked.get();
        HandoffStatus waitingFor =
                SlaDeadline.ACCEPT.equals(timer.deadline()) ? HandoffStatus.ASSIGNED : HandoffStatus.ACCEPTED;
        if (handoff.sla() == null
                || handoff.sla().generation() != timer.generation()
                || handoff.status() != waitingFor
                || handoff.repId() == null) {
            return "stale";
        }
        Instant now = clock.instant();
        if (!log.recordOnce(timer, handoff.repId(), handoff.route().team(), now)) {
            return "stale";
        }
        SalesRep rep = reps.find(handoff.repId()).orElseThrow();
        Optional<LeadProfile> profile = profiles.find(handoff.leadId());
        if (timer.kind() == SlaTimer.Kind.REMINDER) {
            notifications.send(notifications.notice(handoff, rep, profile, HandoffNotice.Kind.REMINDER), now);
            metrics.reminded();
            return "reminded";
        }
        metrics.breached();
        notifications.send(notifications.notice(handoff, rep, profile, HandoffNotice.Kind.BREACH), now);
        String reassignedTo = null;
        if (SlaDeadline.ACCEPT.equals(timer.deadline()) && sla.policyOf(handoff).reassignOnBreach()) {
            Optional<Assignment> next = Routing.assign(
                    Leads.attributes(handoff.qualification(), profile),
                    handoff.route().team(),
                    REASSIGN_RULE,
                    reps.lockAvailable(handoff.route().team()),
                    handoffs.openLoads(),
                    Set.of(handoff.repId()),
                    now);
            if (next.isPresent()) {
                Handoff moved = sla.startAccept(handoff.reassign(next.get(), now), now);
                handoffs.save(moved);
                SalesRep newRep = next.get().rep().assignedAt(now);
                reps.save(newRep);
                notifications.schedule(moved, newRep, profile, now);
                reassignedTo = newRep.id().toString();
            }
        }
        events.publish(new SlaBreachedEvent(
                EventMetadata.create(
                        SlaBreachedEvent.TYPE,
                        SlaBreachedEvent.VERSION,
                        handoff.leadId(),
                        now,
                        handoff.qualification().correlationId()),
                handoff.id().toString(),
                timer.deadline(),
                handoff.sla().dueAt(timer.deadline()),
                handoff.repId().toString(),
                reassignedTo));
        return reassignedTo == null ? "breached" : "reassigned";
    }
}
