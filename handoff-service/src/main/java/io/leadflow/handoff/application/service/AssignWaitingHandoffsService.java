package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.AssignWaitingHandoffsUseCase;
import io.leadflow.handoff.application.port.out.ConsentRegister;
import io.leadflow.handoff.application.port.out.HandoffMetrics;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.Assignment;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.LeadAttributes;
import io.leadflow.handoff.domain.Routing;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.TeamId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/**
 * One transaction for the round; each waiting hand-off is locked, so replicas running it at once do not collide. A
 * hand-off of a person who objected to profiling since it began waiting stays waiting, and no rep is told of it.
 */
class AssignWaitingHandoffsService implements AssignWaitingHandoffsUseCase {

    private final HandoffRepository handoffs;
    private final SalesRepRepository reps;
    private final LeadProfiles profiles;
    private final RoutingRules rules;
    private final SlaScheduling sla;
    private final HandoffNotifications notifications;
    private final HandoffMetrics metrics;
    private final Clock clock;
    private final ConsentRegister consent;

    AssignWaitingHandoffsService(
            HandoffRepository handoffs,
            SalesRepRepository reps,
            LeadProfiles profiles,
            RoutingRules rules,
            SlaScheduling sla,
            HandoffNotifications notifications,
            HandoffMetrics metrics,
            Clock clock,
            ConsentRegister consent) {
        this.handoffs = handoffs;
        this.reps = reps;
        this.profiles = profiles;
        this.rules = rules;
        this.sla = sla;
        this.notifications = notifications;
        this.metrics = metrics;
        this.clock = clock;
        this.consent = consent;
    }

    @Override
    @Transactional
    public int assignWaitingHandoffs(int limit) {
        int assigned = 0;
        for (HandoffId id : handoffs.findUnassigned(limit)) {
            Optional<Handoff> locked = handoffs.lock(id);
            if (locked.isEmpty() || locked.get().status() != HandoffStatus.UNASSIGNED) {
                continue;
            }
            Handoff waiting = locked.get();
            if (consent.profilingObjected(waiting.leadId())) {
                continue;
            }
            Instant now = clock.instant();
            var profile = profiles.find(waiting.leadId());
            LeadAttributes attributes = Leads.attributes(waiting.qualification(), profile);
            Optional<RoutingRule> rule = Routing.ruleFor(attributes, rules.findAll());
            TeamId team = rule.map(RoutingRule::team).orElse(waiting.route().team());
            Optional<Assignment> next = Routing.assign(
                    attributes,
                    team,
                    rule.map(r -> "rule:" + r.name()).orElse(Routing.FALLBACK) + " (after waiting for a rep)",
                    reps.lockAvailable(team),
                    handoffs.openLoads(),
                    Set.of(),
                    now);
            if (next.isEmpty()) {
                continue;
            }
            Handoff handed = sla.startAccept(waiting.reassign(next.get(), now), now);
            handoffs.save(handed);
            var rep = next.get().rep().assignedAt(now);
            reps.save(rep);
            notifications.schedule(handed, rep, profile, now);
            metrics.assigned();
            assigned++;
        }
        return assigned;
    }
}
