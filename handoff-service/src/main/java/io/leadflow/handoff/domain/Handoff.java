package io.leadflow.handoff.domain;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.StageOwner;
import java.time.Instant;

/**
 * One qualified lead in sales' hands: who got it and by which rule, and what the rep decided. The lead's stage
 * starts at MQL and moves only through the lifecycle's hand-off transitions: accept (MQL to SAL) and reject (MQL or
 * SAL to REJECTED). A rejected hand-off takes no further decision; an accepted one can still be rejected once the
 * rep has talked to the lead.
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
        Rejection rejection) {

    public Handoff {
        if (id == null || qualification == null || status == null || stage == null || createdAt == null) {
            throw new IllegalArgumentException("a hand-off needs an id, a qualification, a status, a stage and a time");
        }
        if ((status == HandoffStatus.UNASSIGNED) != (repId == null)) {
            throw new IllegalArgumentException("a hand-off has a rep exactly when it is not UNASSIGNED");
        }
    }

    /** A new hand-off of a qualified lead: to the policy's rep, or waiting unassigned when nobody was chosen. */
    static Handoff open(HandoffId id, Qualification qualification, Assignment assignment, Instant now) {
        if (assignment == null) {
            return new Handoff(id, qualification, HandoffStatus.UNASSIGNED, LifecycleStage.MQL, null, null, now, null,
                    null, null);
        }
        return new Handoff(id, qualification, HandoffStatus.ASSIGNED, LifecycleStage.MQL, assignment.rep().id(),
                assignment.rule(), now, now, null, null);
    }

    public LeadId leadId() {
        return qualification.leadId();
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** The rep takes the lead: MQL to SAL. Only an assigned hand-off that nobody decided yet can be accepted. */
    public HandoffAccepted accept(Instant now) {
        if (status != HandoffStatus.ASSIGNED) {
            throw new HandoffDecisionRefusedException(id, status, "accepted");
        }
        LifecycleStage to = stage.moveTo(LifecycleStage.SAL, StageOwner.HANDOFF);
        Handoff accepted = new Handoff(id, qualification, HandoffStatus.ACCEPTED, to, repId, assignedBy, createdAt,
                assignedAt, now, null);
        return new HandoffAccepted(accepted, stage, to);
    }

    /** The rep turns the lead down with a reason: from MQL or SAL to REJECTED; the hand-off is closed. */
    public HandoffRejected reject(RejectionReason reason, String note, Instant now) {
        if (status == HandoffStatus.UNASSIGNED || status == HandoffStatus.REJECTED) {
            throw new HandoffDecisionRefusedException(id, status, "rejected");
        }
        LifecycleStage to = stage.moveTo(LifecycleStage.REJECTED, StageOwner.HANDOFF);
        Handoff rejected = new Handoff(id, qualification, HandoffStatus.REJECTED, to, repId, assignedBy, createdAt,
                assignedAt, acceptedAt, new Rejection(reason, note, repId, now));
        return new HandoffRejected(rejected, stage, to);
    }
}
