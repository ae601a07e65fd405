package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.SlaLog;
import io.leadflow.handoff.domain.DeliveryState;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.Rejection;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaDeadline;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.WorkingTime;
import io.leadflow.kernel.event.ProfileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the read models from the aggregates, with the rep, the notification and the SLA a hand-off view shows. */
final class HandoffViews {

    static final String NO_REP_AVAILABLE = "no sales rep was available when the lead qualified; nobody was notified";

    private final SalesRepRepository reps;
    private final NotificationDeliveries deliveries;
    private final Clock clock;
    private final HandoffNotifications history;
    private final SlaLog slaLog;
    private final LeadProfiles profiles;
    private final SlaScheduling sla;

    HandoffViews(SalesRepRepository reps, NotificationDeliveries deliveries) {
        this(reps, deliveries, Clock.systemUTC(), null, null, null, null);
    }

    HandoffViews(
            SalesRepRepository reps,
            NotificationDeliveries deliveries,
            Clock clock,
            HandoffNotifications history,
            SlaLog slaLog,
            LeadProfiles profiles,
            SlaScheduling sla) {
        this.reps = reps;
        this.deliveries = deliveries;
        this.clock = clock;
        this.history = history;
        this.slaLog = slaLog;
        this.profiles = profiles;
        this.sla = sla;
    }

    HandoffView of(Handoff handoff) {
        HandoffView.Rep rep = handoff.repId() == null
                ? null
                : reps.find(handoff.repId())
                        .map(r -> new HandoffView.Rep(
                                r.id().value(), r.name(), r.email().value()))
                        .orElse(null);
        HandoffView.Notification notification = deliveries
                .latestFor(handoff.id())
                .map(HandoffViews::notification)
                .orElse(null);
        Rejection rejection = handoff.rejection();
        Instant now = clock.instant();
        String deadline = runningDeadline(handoff);
        Instant due =
                deadline == null || handoff.sla() == null ? null : handoff.sla().dueAt(deadline);
        WorkingTime calendar = due == null || sla == null
                ? null
                : sla.calendarOf(handoff, handoff.sla().startedAt());
        return new HandoffView(
                handoff.id().value(),
                handoff.leadId().value(),
                handoff.status().name(),
                handoff.stage().name(),
                rep,
                handoff.assignedBy(),
                handoff.status() == HandoffStatus.UNASSIGNED ? NO_REP_AVAILABLE : null,
                handoff.createdAt(),
                handoff.assignedAt(),
                handoff.qualification().score(),
                handoff.qualification().fastTrack(),
                handoff.qualification().reasons(),
                handoff.acceptedAt(),
                rejection == null
                        ? null
                        : new HandoffView.Rejection(
                                rejection.reason().name(),
                                rejection.note(),
                                rejection.rejectedBy().value(),
                                rejection.rejectedAt()),
                notification,
                details(handoff),
                due,
                due == null ? null : businessLeft(calendar, now, due),
                due != null
                        && calendar != null
                        && handoff.sla().remindedBy(deadline, sla.policyOf(handoff), calendar, now),
                due != null && handoff.sla().breachedBy(deadline, now),
                contact(handoff));
    }

    /** Working time left in the team's calendar; wall-clock time where no calendar is known. */
    private static Long businessLeft(WorkingTime calendar, Instant now, Instant due) {
        return calendar == null
                ? Duration.between(now, due).toSeconds()
                : calendar.between(now, due).toSeconds();
    }

    /** The deadline the hand-off waits for: accept while assigned, decide while accepted, none otherwise. */
    private static String runningDeadline(Handoff h) {
        return h.status() == HandoffStatus.ASSIGNED
                ? SlaDeadline.ACCEPT
                : h.status() == HandoffStatus.ACCEPTED ? SlaDeadline.DECIDE : null;
    }

    private HandoffView.Contact contact(Handoff h) {
        if (profiles == null) {
            return null;
        }
        return profiles.find(h.leadId())
                .map(p -> {
                    Map<String, String> a = p.attributes();
                    String name = (a.getOrDefault(ProfileAttributes.FIRST_NAME, "") + " "
                                    + a.getOrDefault(ProfileAttributes.LAST_NAME, ""))
                            .strip();
                    return new HandoffView.Contact(
                            name.isEmpty() ? null : name, p.email(), a.get(ProfileAttributes.COMPANY_NAME));
                })
                .orElse(null);
    }

    private HandoffView.Details details(Handoff h) {
        String deadline = runningDeadline(h);
        Instant due = deadline == null || h.sla() == null ? null : h.sla().dueAt(deadline);
        Long left = due == null ? null : Duration.between(clock.instant(), due).toSeconds();
        var b = h.bant();
        var q = h.qualification();
        List<String> lines = history == null ? List.of() : history.history(h);
        return new HandoffView.Details(
                h.route().team() == null ? null : h.route().team().value(),
                h.route().tier(),
                q.priority().name().toLowerCase(Locale.ROOT),
                deadline,
                due,
                left,
                h.sla() == null ? null : h.sla().acceptDueAt(),
                h.sla() == null ? null : h.sla().decideDueAt(),
                b == null
                        ? null
                        : new HandoffView.Bant(
                                b.budget(), b.authority(), b.need(), b.timeline(), b.amount(), b.currency()),
                h.sqlAt(),
                h.disqualification() == null ? null : h.disqualification().reason(),
                q.segment(),
                q.channel(),
                q.source(),
                q.campaign(),
                lines,
                slaState(h, deadline, left),
                q.fitGrade(),
                q.likelihoods().stream()
                        .map(l -> new HandoffView.Likelihood(l.model(), l.version(), l.percent(), l.reasons()))
                        .toList());
    }

    /** On time, reminded or breached, from what the SLA log recorded for the running clock (or an overdue due). */
    private String slaState(Handoff h, String deadline, Long secondsLeft) {
        if (deadline == null || h.sla() == null) {
            return null;
        }
        Set<SlaTimer.Kind> fired = slaLog == null
                ? Set.of()
                : slaLog.recorded(h.id(), deadline, h.sla().generation());
        if (fired.contains(SlaTimer.Kind.BREACH) || (secondsLeft != null && secondsLeft < 0)) {
            return "breached";
        }
        return fired.contains(SlaTimer.Kind.REMINDER) ? "reminded" : "on_time";
    }

    static RepView rep(SalesRep rep) {
        return new RepView(
                rep.id().value(),
                rep.name(),
                rep.email().value(),
                rep.webhookUrl() == null ? null : rep.webhookUrl().toString(),
                rep.available(),
                rep.lastAssignedAt(),
                rep.registeredAt(),
                rep.teamId() == null ? null : rep.teamId().value(),
                rep.capacity(),
                rep.weight());
    }

    private static HandoffView.Notification notification(NotificationDelivery d) {
        return new HandoffView.Notification(
                d.id(),
                d.channel().name(),
                d.state().name().toLowerCase(Locale.ROOT),
                d.attempts(),
                d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null,
                d.deliveredAt(),
                d.lastStatus(),
                d.lastError());
    }
}
