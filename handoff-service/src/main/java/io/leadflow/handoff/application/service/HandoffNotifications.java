package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.AccountHandoffNotice;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadHistories;
import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Records a hand-off's notifications on every channel that can reach the recipient, and re-renders the ones not yet
 * delivered when what they say changes. Runs inside the caller's transaction.
 */
final class HandoffNotifications {

    private final List<SalesNotifier> notifiers;
    private final NotificationDeliveries deliveries;
    private final TeamRepository teams;
    private final LeadHistories histories;
    private final HandoffRepository handoffs;

    HandoffNotifications(
            List<SalesNotifier> notifiers,
            NotificationDeliveries deliveries,
            TeamRepository teams,
            LeadHistories histories,
            HandoffRepository handoffs) {
        this.notifiers = List.copyOf(notifiers);
        this.deliveries = deliveries;
        this.teams = teams;
        this.histories = histories;
        this.handoffs = handoffs;
    }

    HandoffNotifications(List<SalesNotifier> notifiers, NotificationDeliveries deliveries) {
        this(notifiers, deliveries, null, null, null);
    }

    void schedule(Handoff handoff, SalesRep rep, Optional<LeadProfile> profile, Instant now) {
        send(notice(handoff, rep, profile, HandoffNotice.Kind.ASSIGNED), now);
    }

    HandoffNotice notice(Handoff handoff, SalesRep rep, Optional<LeadProfile> profile, HandoffNotice.Kind kind) {
        var team = teams == null || handoff.route().team() == null
                ? Optional.<Team>empty()
                : teams.find(handoff.route().team());
        return new HandoffNotice(handoff, rep, profile, kind, team, history(handoff));
    }

    /** Earlier rejections of the lead (from our own hand-offs) and nurturing's history of a recycled lead. */
    List<String> history(Handoff current) {
        List<String> lines = new ArrayList<>();
        if (handoffs != null) {
            handoffs.findByLead(current.leadId()).stream()
                    .filter(h -> !h.id().equals(current.id()) && h.rejection() != null)
                    .sorted(Comparator.comparing(Handoff::createdAt))
                    .forEach(h -> lines.add("rejected " + h.rejection().rejectedAt() + " by rep "
                            + h.rejection().rejectedBy() + ": " + h.rejection().reason()
                            + (h.rejection().note() == null
                                    ? ""
                                    : " (" + h.rejection().note() + ")")));
        }
        if (histories != null) {
            lines.addAll(histories.find(current.leadId()));
        }
        return lines;
    }

    void send(HandoffNotice notice, Instant now) {
        for (SalesNotifier notifier : notifiers) {
            notifier.render(notice)
                    .ifPresent(message -> deliveries.add(NotificationDelivery.schedule(
                            notice.handoff().id(), notifier.channel(), message.target(), message.payload(), now)));
        }
    }

    /** The notification of a qualified account to its rep, on every channel that carries account hand-offs. */
    void schedule(AccountHandoff handoff, SalesRep rep, Instant now) {
        var team = teams == null || handoff.team() == null ? Optional.<Team>empty() : teams.find(handoff.team());
        AccountHandoffNotice notice = new AccountHandoffNotice(handoff, rep, team);
        for (SalesNotifier notifier : notifiers) {
            notifier.render(notice)
                    .ifPresent(message -> deliveries.add(NotificationDelivery.schedule(
                            handoff.id(), notifier.channel(), message.target(), message.payload(), now)));
        }
    }

    void refresh(Handoff handoff, SalesRep rep, LeadProfile profile) {
        HandoffNotice notice = notice(handoff, rep, Optional.of(profile), HandoffNotice.Kind.ASSIGNED);
        for (NotificationDelivery pending : deliveries.pendingFor(handoff.id())) {
            notifiers.stream()
                    .filter(notifier -> notifier.channel() == pending.channel())
                    .findFirst()
                    .flatMap(notifier -> notifier.render(notice))
                    .filter(message -> message.target().equals(pending.target()))
                    .ifPresent(message -> deliveries.replacePayload(pending.id(), message.payload()));
        }
    }
}
