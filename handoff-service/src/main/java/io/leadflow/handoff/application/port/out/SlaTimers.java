package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.SlaTimer;
import java.util.List;

/**
 * Durable, cluster-safe SLA timers. Scheduling joins the caller's transaction, so a timer exists if, and only if,
 * the hand-off change that needs it commits; each timer fires on one replica, and again after a crash only if its
 * effect was not committed. Scheduling a timer whose key exists already changes nothing.
 */
public interface SlaTimers {

    void schedule(List<SlaTimer> timers);
}
