package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.RegisterSalesLeadCommand;
import io.leadflow.handoff.application.port.in.RegisterSalesLeadUseCase;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.Qualification;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.ProfileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

class RegisterSalesLeadService implements RegisterSalesLeadUseCase {

    static final String SOURCE = "sales";

    private final SalesDecisions decisions;
    private final HandoffRepository handoffs;
    private final SalesRepRepository reps;
    private final LeadProfiles profiles;

    RegisterSalesLeadService(
            SalesDecisions decisions, HandoffRepository handoffs, SalesRepRepository reps, LeadProfiles profiles) {
        this.decisions = decisions;
        this.handoffs = handoffs;
        this.reps = reps;
        this.profiles = profiles;
    }

    @Override
    @Transactional
    public HandoffView registerSalesLead(RegisterSalesLeadCommand command) {
        SalesRep rep = reps.findAll().stream()
                .filter(r -> r.email().value().equalsIgnoreCase(command.actor().user()))
                .findFirst()
                .orElseThrow(() -> new NotAllowedException("only a registered sales rep can enter a sales-generated"
                        + " lead; " + command.actor().user() + " is not one"));
        Instant now = decisions.now();
        LeadId lead = LeadId.newId();
        Map<String, String> attributes = new HashMap<>();
        putIfPresent(attributes, ProfileAttributes.FIRST_NAME, command.firstName());
        putIfPresent(attributes, ProfileAttributes.LAST_NAME, command.lastName());
        putIfPresent(attributes, ProfileAttributes.COMPANY_NAME, command.company());
        profiles.keepIfNewer(new LeadProfile(lead, command.email().value(), attributes, now));
        Qualification qualification = new Qualification(
                UUID.randomUUID(),
                lead,
                0,
                false,
                List.of("sales-generated: " + command.note()),
                now,
                "sgl-" + UUID.randomUUID(),
                command.segment(),
                Channel.SALES_GENERATED.name(),
                SOURCE,
                null,
                null);
        Handoff handoff =
                decisions.sla.startDecide(Handoff.salesGenerated(HandoffId.newId(), qualification, rep, now), now);
        handoffs.add(handoff);
        reps.save(rep.assignedAt(now));
        decisions.announceMove(handoff, LifecycleStage.NEW, LifecycleStage.SAL, "sales-generated lead", now);
        return decisions.view(handoff);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
