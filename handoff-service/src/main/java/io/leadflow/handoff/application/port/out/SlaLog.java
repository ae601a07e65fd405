package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.TeamId;
import java.time.Instant;
import java.util.Set;

/**
 * What the SLA clock did: reminders sent and deadlines breached, per hand-off, rep and team. Recording is the
 * idempotency check of a fired timer (a timer fired twice records once) and what compliance reports count.
 */
public interface SlaLog {

    /** Records the timer's effect; false when it was recorded before. */
    boolean recordOnce(SlaTimer timer, RepId rep, TeamId team, Instant at);

    /**
     * What fired for one running deadline of one clock generation (reminders, the breach): how a manager's board
     * marks a hand-off on time, reminded or breached. A reassignment starts a new generation, with nothing recorded.
     */
    Set<SlaTimer.Kind> recorded(HandoffId handoff, String deadline, int generation);
}
