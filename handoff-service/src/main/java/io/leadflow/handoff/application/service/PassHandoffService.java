package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.PassHandoffCommand;
import io.leadflow.handoff.application.port.in.PassHandoffUseCase;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.Assignment;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffDecisionRefusedException;
import io.leadflow.handoff.domain.Routing;
import java.time.Instant;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

class PassHandoffService implements PassHandoffUseCase {

    static final String SECOND_TIER_RULE = "two-tier: passed by SDR";

    private final SalesDecisions decisions;
    private final HandoffRepository handoffs;
    private final SalesRepRepository reps;
    private final LeadProfiles profiles;
    private final HandoffNotifications notifications;

    PassHandoffService(
            SalesDecisions decisions,
            HandoffRepository handoffs,
            SalesRepRepository reps,
            LeadProfiles profiles,
            HandoffNotifications notifications) {
        this.decisions = decisions;
        this.handoffs = handoffs;
        this.reps = reps;
        this.profiles = profiles;
        this.notifications = notifications;
    }

    @Override
    @Transactional
    public HandoffView passHandoff(PassHandoffCommand command) {
        Handoff handoff = decisions.lockFor(command.handoffId(), command.actor());
        if (handoff.route().tier() == 2) {
            return decisions.view(handoff);
        }
        if (!handoff.route().canPassOn()) {
            throw new HandoffDecisionRefusedException(handoff.id(), handoff.status(), "passed to a second tier");
        }
        Instant now = decisions.now();
        var profile = profiles.find(handoff.leadId());
        Assignment ae = Routing.assign(
                        Leads.attributes(handoff.qualification(), profile),
                        handoff.route().secondTierTeam(),
                        SECOND_TIER_RULE,
                        reps.lockAvailable(handoff.route().secondTierTeam()),
                        handoffs.openLoads(),
                        Set.of(),
                        now)
                .orElseThrow(() -> new HandoffDecisionRefusedException(
                        handoff.id(),
                        handoff.status(),
                        "passed on now: no account executive of the second team is available"));
        Handoff passed = decisions.sla.startDecide(handoff.passOn(ae, now), now);
        HandoffView view = decisions.save(passed);
        var rep = ae.rep().assignedAt(now);
        reps.save(rep);
        notifications.schedule(passed, rep, profile, now);
        return view;
    }
}
