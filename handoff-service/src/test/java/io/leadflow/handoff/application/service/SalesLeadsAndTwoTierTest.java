package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.PassHandoffCommand;
import io.leadflow.handoff.application.port.in.RegisterSalesLeadCommand;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SalesLeadsAndTwoTierTest {

    private final HandoffFixture app = new HandoffFixture();

    private TeamId team(String name) {
        TeamId id = TeamId.newId();
        app.teams.add(new Team(
                id,
                name,
                EmailAddress.of("lead." + name.toLowerCase() + "@seller.example"),
                BusinessCalendar.weekdays(ZoneOffset.UTC, SalesRep.DEFAULT_HOURS),
                null));
        return id;
    }

    private RepView rep(String name, TeamId team) {
        RepView rep = app.rep(name, true);
        app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                new RepId(rep.id()), null, null, true, team, null, null, null, 10, 1, null, null));
        return rep;
    }

    @Test
    void a_rep_enters_a_lead_met_at_a_trade_show_directly_at_sal_in_their_own_hands() {
        RepView anna = rep("Anna", null);

        var view = app.salesLeads.registerSalesLead(new RegisterSalesLeadCommand(
                new Actor(anna.email(), Set.of("sales_rep")),
                EmailAddress.of("jo@buyer.example"),
                "Jo",
                "Buyer",
                "Buyer Ltd",
                "enterprise",
                "met at the Hamburg trade show"));

        assertThat(view.stage()).isEqualTo("SAL");
        assertThat(view.status()).isEqualTo("ACCEPTED");
        assertThat(view.rep().id()).isEqualTo(anna.id());
        assertThat(view.details().channel()).isEqualTo("SALES_GENERATED");
        assertThat(view.details().deadline()).isEqualTo("decide");
        assertThat(view.reasons()).containsExactly("sales-generated: met at the Hamburg trade show");
        assertThat(app.events.published).singleElement().isInstanceOfSatisfying(LeadStageChangedEvent.class, e -> {
            assertThat(e.from()).isEqualTo(LifecycleStage.NEW);
            assertThat(e.to()).isEqualTo(LifecycleStage.SAL);
        });
    }

    @Test
    void someone_who_is_not_a_rep_cannot_enter_a_sales_generated_lead() {
        assertThatThrownBy(() -> app.salesLeads.registerSalesLead(new RegisterSalesLeadCommand(
                        new Actor("marketing@seller.example", Set.of("marketing")),
                        EmailAddress.of("jo@buyer.example"),
                        null,
                        null,
                        null,
                        null,
                        "met at a fair")))
                .isInstanceOf(NotAllowedException.class);
        assertThat(app.handoffs.byId).isEmpty();
    }

    @Test
    void a_two_tier_rule_gives_the_lead_to_an_sdr_first_who_passes_it_to_an_account_executive() {
        TeamId sdrs = team("SDR");
        TeamId executives = team("AE");
        RepView sam = rep("Sam", sdrs);
        RepView alex = rep("Alex", executives);
        app.rules.add(new RoutingRule(
                UUID.randomUUID(), 1, "TQL", Set.of(), Set.of(), null, null, Set.of(), Set.of(), sdrs, executives));
        app.assignHandoff.assignHandoff(new AssignHandoffCommand(
                UUID.randomUUID(),
                LeadId.newId(),
                60,
                false,
                List.of("webinar attended"),
                app.clock.instant(),
                "corr"));
        HandoffId id = app.handoffs.byId.keySet().iterator().next();
        assertThat(app.findHandoff.findHandoff(id).rep().id()).isEqualTo(sam.id());
        Actor samActor = new Actor(sam.email(), Set.of("sales_rep"));
        app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(id, samActor));

        var passed = app.passHandoff.passHandoff(new PassHandoffCommand(id, samActor));

        assertThat(passed.rep().id()).isEqualTo(alex.id());
        assertThat(passed.details().tier()).isEqualTo(2);
        assertThat(passed.details().teamId()).isEqualTo(executives.value());
        assertThat(passed.stage()).isEqualTo("SAL");
        assertThat(passed.details().deadline()).isEqualTo("decide");
        assertThat(app.passHandoff
                        .passHandoff(new PassHandoffCommand(id, new Actor(alex.email(), Set.of())))
                        .rep()
                        .id())
                .isEqualTo(alex.id());
        assertThatThrownBy(() -> app.passHandoff.passHandoff(new PassHandoffCommand(id, samActor)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_lead_that_found_nobody_goes_to_the_first_rep_who_becomes_available_with_a_fresh_clock() {
        RepView away = app.rep("Ada", false);
        app.assignHandoff.assignHandoff(new AssignHandoffCommand(
                UUID.randomUUID(), LeadId.newId(), 70, false, List.of("pricing page"), app.clock.instant(), "corr"));
        HandoffId id = app.handoffs.byId.keySet().iterator().next();
        assertThat(app.findHandoff.findHandoff(id).status()).isEqualTo("UNASSIGNED");
        assertThat(app.assignWaiting.assignWaitingHandoffs(10)).isZero();

        app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                new RepId(away.id()), null, null, true, null, null, null, null, 10, 1, null, null));
        app.clock.advance(java.time.Duration.ofMinutes(5));

        assertThat(app.assignWaiting.assignWaitingHandoffs(10)).isEqualTo(1);
        var view = app.findHandoff.findHandoff(id);
        assertThat(view.status()).isEqualTo("ASSIGNED");
        assertThat(view.rep().id()).isEqualTo(away.id());
        assertThat(view.assignedBy()).isEqualTo("round-robin (after waiting for a rep)");
        assertThat(view.details().dueAt()).isEqualTo(app.clock.instant().plus(java.time.Duration.ofHours(4)));
        assertThat(app.deliveries.byId).hasSize(1);
        assertThat(app.assignWaiting.assignWaitingHandoffs(10)).isZero();
    }
}
