package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.out.HandoffMetrics;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadEventPublisher;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.DealAmountChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What every sales decision does around the decision itself: lock the hand-off or answer not found, check that the
 * caller is the assignee, their team's manager or an admin, store the decided hand-off, and announce the lead's move
 * under the qualification's correlation id. The callers own the transaction.
 */
final class SalesDecisions {

    private final HandoffRepository handoffs;
    private final LeadEventPublisher events;
    private final HandoffViews views;
    private final Clock clock;
    private final SalesRepRepository reps;
    private final TeamRepository teams;
    final SlaScheduling sla;
    final HandoffMetrics metrics;

    SalesDecisions(
            HandoffRepository handoffs,
            LeadEventPublisher events,
            HandoffViews views,
            Clock clock,
            SalesRepRepository reps,
            TeamRepository teams,
            SlaScheduling sla,
            HandoffMetrics metrics) {
        this.handoffs = handoffs;
        this.events = events;
        this.views = views;
        this.clock = clock;
        this.reps = reps;
        this.teams = teams;
        this.sla = sla;
        this.metrics = metrics;
    }

    Handoff lock(HandoffId id) {
        return handoffs.lock(id).orElseThrow(() -> new NotFoundException("hand-off", id));
    }

    /** Locks the hand-off and checks the caller may decide on it. */
    Handoff lockFor(HandoffId id, Actor actor) {
        Handoff handoff = lock(id);
        authorize(handoff, actor);
        return handoff;
    }

    void authorize(Handoff handoff, Actor actor) {
        if (!mayDecide(handoff, actor)) {
            throw new NotAllowedException("only the rep holding hand-off " + handoff.id()
                    + ", the manager of their team, or an admin may decide on it");
        }
    }

    /** The rep holding the hand-off, the manager of their team, or an admin: who may see it and decide on it. */
    boolean mayDecide(Handoff handoff, Actor actor) {
        if (actor.isAdmin()) {
            return true;
        }
        Optional<SalesRep> assignee = handoff.repId() == null ? Optional.empty() : reps.find(handoff.repId());
        if (assignee.isPresent() && assignee.get().email().value().equalsIgnoreCase(actor.user())) {
            return true;
        }
        TeamId team = assignee.map(SalesRep::teamId).orElse(handoff.route().team());
        return team != null
                && teams.find(team)
                        .map(t -> t.manager().value().equalsIgnoreCase(actor.user()))
                        .orElse(false);
    }

    Instant now() {
        return clock.instant();
    }

    HandoffView view(Handoff handoff) {
        return views.of(handoff);
    }

    HandoffView save(Handoff decided) {
        handoffs.save(decided);
        return views.of(decided);
    }

    EventMetadata metadata(String type, int version, Handoff handoff, Instant now) {
        return EventMetadata.create(
                type, version, handoff.leadId(), now, handoff.qualification().correlationId());
    }

    void publish(IntegrationEvent event) {
        events.publish(event);
    }

    void announceMove(Handoff handoff, LifecycleStage from, LifecycleStage to, String reason, Instant now) {
        announceDealMove(handoff, from, to, reason, now, null, null);
    }

    /** A move with the deal's amount (null for none) and the rep holding the lead, as the funnel reports them. */
    void announceDealMove(
            Handoff handoff,
            LifecycleStage from,
            LifecycleStage to,
            String reason,
            Instant now,
            BigDecimal amount,
            String currency) {
        events.publish(new LeadStageChangedEvent(
                metadata(LeadStageChangedEvent.TYPE, LeadStageChangedEvent.VERSION, handoff, now),
                from,
                to,
                reason,
                HandoffServices.ACTOR,
                amount,
                amount == null ? null : currency,
                repEmail(handoff)));
    }

    /** The deal's amount changed while its stage stayed: the funnel counts the amount it stands at now. */
    void announceDealAmount(Handoff handoff, Instant now, BigDecimal amount, String currency, String source) {
        events.publish(new DealAmountChangedEvent(
                metadata(DealAmountChangedEvent.TYPE, DealAmountChangedEvent.VERSION, handoff, now),
                handoff.stage(),
                amount,
                currency,
                source));
    }

    /** The e-mail of the rep holding the hand-off, if any. */
    String repEmail(Handoff handoff) {
        return handoff.repId() == null
                ? null
                : reps.find(handoff.repId()).map(r -> r.email().value()).orElse(null);
    }
}
