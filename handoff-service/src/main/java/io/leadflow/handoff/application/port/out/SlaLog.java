package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.TeamId;
import java.time.Instant;

/**
 * What the SLA clock did: reminders sent and deadlines breached, per hand-off, rep and team. Recording is the
 * idempotency check of a fired timer (a timer fired twice records once) and what compliance reports count.
 */
public interface SlaLog {

    /** Records the timer's effect; false when it was recorded before. */
    boolean recordOnce(SlaTimer timer, RepId rep, TeamId team, Instant at);
}
