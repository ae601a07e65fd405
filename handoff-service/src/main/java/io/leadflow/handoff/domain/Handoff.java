package io.leadflow.handoff.domain;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.StageOwner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One qualified lead in sales' hands: who got it, by which rule and for which team, its SLA clock, and what sales
 * decided. The lead's stage moves only through the lifecycle's hand-off transitions: accept (MQL to SAL), qualify
 * (SAL to SQL, with BANT), reject (to REJECTED, for nurturing) and disqualify.
 */
public record Handoff(
        HandoffId id,
        Qualification qualification,
        HandoffStatus status,
        LifecycleStage stage,
        RepId repId,
        String assignedBy,
        Instant createdAt,
        Instant assignedAt,
        Instant acceptedAt,
        Rejection rejection,
        Route route,
        SlaClock sla,
        Bant bant,
        Instant sqlAt,
        Disqualification disqualification) {

    public Handoff {
        if (id == null || qualification == null || status == null || stage == null || createdAt == null) {
            throw new IllegalArgumentException("a hand-off needs an id, a qualification, a status, a stage and a time");
        }
        if ((status == HandoffStatus.UNASSIGNED) != (repId == null) && status != HandoffStatus.DISQUALIFIED) {
            throw new IllegalArgumentException("a hand-off has a rep exactly when it is not UNASSIGNED");
        }
        route = route == null ? Route.NONE : route;
    }

    /** A new hand-off of a qualified lead: to the chosen rep, or waiting unassigned when nobody was chosen. */
    public static Handoff open(
            HandoffId id, Qualification qualification, Assignment assignment, Route route, Instant now) {
        if (assignment == null) {
            return new Handoff(
                    id,
                    qualification,
                    HandoffStatus.UNASSIGNED,
                    LifecycleStage.MQL,
                    null,
                    null,
                    now,
                    null,
                    null,
                    null,
                    route,
                    null,
                    null,
                    null,
                    null);
        }
        return new Handoff(
                id,
                qualification,
                HandoffStatus.ASSIGNED,
                LifecycleStage.MQL,
                assignment.rep().id(),
                assignment.rule(),
                now,
                now,
                null,
                null,
                route,
                null,
                null,
                null,
                null);
    }

    /** A sales-generated lead: the rep met the person and enters them directly at SAL, holding the lead already. */
    public static Handoff salesGenerated(HandoffId id, Qualification qualification, SalesRep rep, Instant now) {
        LifecycleStage stage = LifecycleStage.NEW.moveTo(LifecycleStage.SAL, StageOwner.HANDOFF);
        return new Handoff(
                id,
                qualification,
                HandoffStatus.ACCEPTED,
                stage,
                rep.id(),
                "sales-generated",
                now,
                now,
                now,
                null,
                new Route(rep.teamId(), 1, null),
                null,
                null,
                null,
                null);
    }

    public LeadId leadId() {
        return qualification.leadId();
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public Handoff withSla(SlaClock clock) {
        return new Handoff(
                id,
                qualification,
                status,
                stage,
                repId,
                assignedBy,
                createdAt,
                assignedAt,
                acceptedAt,
                rejection,
                route,
                clock,
                bant,
                sqlAt,
                disqualification);
    }

    /** The rep takes the lead: MQL to SAL. Only an assigned hand-off that nobody decided yet can be accepted. */
    public HandoffAccepted accept(Instant now) {
        if (status != HandoffStatus.ASSIGNED) {
            throw new HandoffDecisionRefusedException(id, status, "accepted");
        }
        LifecycleStage to = stage.moveTo(LifecycleStage.SAL, StageOwner.HANDOFF);
        Handoff accepted = new Handoff(
                id,
                qualification,
                HandoffStatus.ACCEPTED,
                to,
                repId,
                assignedBy,
                createdAt,
                assignedAt,
                now,
                null,
                route,
                sla,
                bant,
                sqlAt,
                disqualification);
        return new HandoffAccepted(accepted, stage, to);
    }

    /** The rep confirmed a buying cycle: SAL to SQL, with BANT and the opportunity amount. */
    public StageMove qualify(Bant confirmed, Instant now) {
        if (status != HandoffStatus.ACCEPTED) {
            throw new HandoffDecisionRefusedException(id, status, "qualified");
        }
        LifecycleStage to = stage.moveTo(LifecycleStage.SQL, StageOwner.HANDOFF);
        return new StageMove(
                new Handoff(
                        id,
                        qualification,
                        HandoffStatus.QUALIFIED,
                        to,
                        repId,
                        assignedBy,
                        createdAt,
                        assignedAt,
                        acceptedAt,
                        null,
                        route,
                        sla,
                        confirmed,
                        now,
                        disqualification),
                stage,
                to);
    }

    /** The rep turns the lead down with a reason: to REJECTED; the hand-off is closed. */
    public HandoffRejected reject(RejectionReason reason, String note, Instant now) {
        if (status == HandoffStatus.UNASSIGNED || !status.isOpen()) {
            throw new HandoffDecisionRefusedException(id, status, "rejected");
        }
        LifecycleStage to = stage.moveTo(LifecycleStage.REJECTED, StageOwner.HANDOFF);
        Handoff rejected = new Handoff(
                id,
                qualification,
                HandoffStatus.REJECTED,
                to,
                repId,
                assignedBy,
                createdAt,
                assignedAt,
                acceptedAt,
                new Rejection(reason, note, repId, now),
                route,
                sla,
                bant,
                sqlAt,
                disqualification);
        return new HandoffRejected(rejected, stage, to);
    }

    /** The lead will never buy: to DISQUALIFIED; the hand-off is closed. */
    public StageMove disqualify(String reason, String by, Instant now) {
        if (!status.isOpen()) {
            throw new HandoffDecisionRefusedException(id, status, "disqualified");
        }
        LifecycleStage to = stage.moveTo(LifecycleStage.DISQUALIFIED, StageOwner.HANDOFF);
        return new StageMove(
                new Handoff(
                        id,
                        qualification,
                        HandoffStatus.DISQUALIFIED,
                        to,
                        repId,
                        assignedBy,
                        createdAt,
                        assignedAt,
                        acceptedAt,
                        rejection,
                        route,
                        sla,
                        bant,
                        sqlAt,
                        new Disqualification(reason, by, now)),
                stage,
                to);
    }

    /**
     * The lead goes to another rep, e.g. after a missed accept deadline: still waiting to be accepted, with the rule
     * that chose the new rep. The caller starts a fresh SLA clock.
     */
    public Handoff reassign(Assignment next, Instant now) {
        if (status != HandoffStatus.ASSIGNED && status != HandoffStatus.UNASSIGNED) {
            throw new HandoffDecisionRefusedException(id, status, "reassigned");
        }
        return new Handoff(
                id,
                qualification,
                HandoffStatus.ASSIGNED,
                stage,
                next.rep().id(),
                next.rule(),
                createdAt,
                now,
                null,
                null,
                new Route(route.team() == null ? next.team() : route.team(), route.tier(), route.secondTierTeam()),
                sla,
                bant,
                sqlAt,
                disqualification);
    }

    /**
     * A manager moves a lead still waiting to be accepted (or waiting for a rep) to another rep of the team, named by
     * {@code by}; the caller starts a fresh SLA clock for the new rep, so the old rep's timers go stale.
     */
    public Handoff reassignTo(SalesRep rep, String by, Instant now) {
        if (rep == null || by == null || by.isBlank()) {
            throw new IllegalArgumentException("a reassignment names the new rep and who moved the lead");
        }
        return reassign(new Assignment(rep, "reassigned by " + by, rep.teamId()), now);
    }

    /** Two-tier hand-off: the SDR who accepted the lead passes it to an account executive of the second team. */
    public Handoff passOn(Assignment accountExecutive, Instant now) {
        if (status != HandoffStatus.ACCEPTED || !route.canPassOn()) {
            throw new HandoffDecisionRefusedException(id, status, "passed to a second tier");
        }
        return new Handoff(
                id,
                qualification,
                HandoffStatus.ACCEPTED,
                stage,
                accountExecutive.rep().id(),
                accountExecutive.rule(),
                createdAt,
                now,
                acceptedAt,
                null,
                new Route(route.secondTierTeam(), 2, null),
                sla,
                bant,
                sqlAt,
                disqualification);
    }

    /**
     * What became of the qualified lead: opened moves SQL to OPPORTUNITY; won moves OPPORTUNITY to WON (a lead still
     * at SQL passes through OPPORTUNITY first, as a deal closed at once does in a CRM); lost moves SQL or OPPORTUNITY
     * to LOST. Each move the lifecycle made, in order; the last one's hand-off is the result.
     */
    public List<StageMove> recordOutcome(OutcomeKind kind) {
        if (status != HandoffStatus.QUALIFIED) {
            throw new HandoffDecisionRefusedException(
                    id, status, "given the outcome " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<StageMove> moves = new ArrayList<>();
        Handoff current = this;
        if (kind == OutcomeKind.WON && stage == LifecycleStage.SQL) {
            current = current.moveTo(LifecycleStage.OPPORTUNITY, HandoffStatus.QUALIFIED);
            moves.add(new StageMove(current, stage, LifecycleStage.OPPORTUNITY));
        }
        HandoffStatus next = kind == OutcomeKind.WON
                ? HandoffStatus.WON
                : kind == OutcomeKind.LOST ? HandoffStatus.LOST : HandoffStatus.QUALIFIED;
        Handoff moved = current.moveTo(kind.stage(), next);
        moves.add(new StageMove(moved, current.stage, kind.stage()));
        return List.copyOf(moves);
    }

    private Handoff moveTo(LifecycleStage target, HandoffStatus next) {
        LifecycleStage to = stage.moveTo(target, StageOwner.HANDOFF);
        return new Handoff(
                id,
                qualification,
                next,
                to,
                repId,
                assignedBy,
                createdAt,
                assignedAt,
                acceptedAt,
                rejection,
                route,
                sla,
                bant,
                sqlAt,
                disqualification);
    }
}
