package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.HandoffMetrics;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.Assignment;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.Routing;
import io.leadflow.handoff.domain.SalesRep;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * When a rep goes away, the hand-offs they hold and have not accepted yet move on at once, as a missed accept deadline
 * would move them, instead of waiting for that deadline: nobody will accept them, and a hot lead should not wait
 * fifteen minutes for a breach. Each moves only where its SLA policy reassigns on breach, to the next rep of its team
 * (a fresh clock, the assignment notification); where nobody can take it, or the policy does not reassign, it stays
 * and its breach comes as usual. Accepted hand-offs stay with the rep, who is working them. Runs in the caller's
 * transaction, each hand-off under its row lock like a decision or a firing timer.
 */
final class AwayReassignment {

    static final String RULE = "rep-away-reassignment";

    private final HandoffRepository handoffs;
    private final SalesRepRepository reps;
    private final LeadProfiles profiles;
    private final SlaScheduling sla;
    private final HandoffNotifications notifications;
    private final HandoffMetrics metrics;
    private final Clock clock;

    AwayReassignment(
            HandoffRepository handoffs,
            SalesRepRepository reps,
            LeadProfiles profiles,
            SlaScheduling sla,
            HandoffNotifications notifications,
            HandoffMetrics metrics,
            Clock clock) {
        this.handoffs = handoffs;
        this.reps = reps;
        this.profiles = profiles;
        this.sla = sla;
        this.notifications = notifications;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Moves on what the rep, just marked away, holds without having accepted it; the number moved. */
    int moveOn(SalesRep away) {
        int moved = 0;
        for (Handoff held : handoffs.findOpenHeldBy(Set.of(away.id()))) {
            Optional<Handoff> locked = handoffs.lock(held.id());
            if (locked.isEmpty()
                    || locked.get().status() != HandoffStatus.ASSIGNED
                    || !away.id().equals(locked.get().repId())
                    || !sla.policyOf(locked.get()).reassignOnBreach()) {
                continue;
            }
            Handoff handoff = locked.get();
            Instant now = clock.instant();
            var profile = profiles.find(handoff.leadId());
            Optional<Assignment> next = Routing.assign(
                    Leads.attributes(handoff.qualification(), profile),
                    handoff.route().team(),
                    RULE,
                    reps.lockAvailable(handoff.route().team()),
                    handoffs.openLoads(),
                    Set.of(away.id()),
                    now);
            if (next.isEmpty()) {
                continue;
            }
            Handoff reassigned = sla.startAccept(handoff.reassign(next.get(), now), now);
            handoffs.save(reassigned);
            SalesRep rep = next.get().rep().assignedAt(now);
            reps.save(rep);
            notifications.schedule(reassigned, rep, profile, now);
            metrics.assigned();
            moved++;
        }
        return moved;
    }
}
