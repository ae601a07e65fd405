package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.SlaTimer;

/**
 * A durable SLA timer came due: remind the rep, or at a breach notify the manager, reassign when the policy says so
 * and publish SlaBreached. A timer of an older clock, of a deadline already met, or fired before, changes nothing.
 */
public interface FireSlaTimerUseCase {

    /** What the timer did: reminded, breached, reassigned, or stale. */
    String fireSlaTimer(SlaTimer timer);
}
