package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.ReassignHandoffCommand;
import io.leadflow.handoff.application.port.in.ReassignHandoffUseCase;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityCommand;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityUseCase;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.HandoffDecisionRefusedException;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaDeadline;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReassignHandoffServiceTest {

    private final HandoffFixture app = new HandoffFixture();
    private final ReassignHandoffUseCase reassign = HandoffServices.reassignHandoff(app.ports);
    private final SetRepAvailabilityUseCase availability = HandoffServices.setRepAvailability(app.ports);
    private final Actor boss = new Actor("boss@seller.example", Set.of("sales_manager"));
    private final LeadId lead = LeadId.newId();
    private RepView anna;
    private RepView ben;
    private HandoffId handoff;

    @BeforeEach
    void a_lead_of_the_team_is_assigned_to_anna() {
        TeamId team = TeamId.newId();
        app.teams.save(new Team(
                team,
                "Inbound",
                EmailAddress.of("boss@seller.example"),
                BusinessCalendar.weekdays(ZoneOffset.UTC, SalesRep.DEFAULT_HOURS),
                null));
        anna = app.rep("Anna", true);
        app.assignHandoff.assignHandoff(qualified(lead));
        ben = app.rep("Ben", true);
        for (RepView rep : new RepView[] {anna, ben}) {
            app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                    new RepId(rep.id()), null, null, null, team, null, null, null, null, null, null, null));
        }
        handoff = new HandoffId(
                app.findHandoff.findHandoffsOfLead(lead).getFirst().id());
    }

    @Test
    void the_manager_moves_the_hand_off_to_another_rep_who_is_notified_with_a_fresh_accept_clock() {
        int notices = app.deliveries.byId.values().size();
        int generation = app.handoffs.find(handoff).orElseThrow().sla().generation();

        HandoffView view = reassign.reassignHandoff(new ReassignHandoffCommand(handoff, new RepId(ben.id()), boss));

        assertThat(view.rep().email()).isEqualTo(ben.email());
        assertThat(view.status()).isEqualTo("ASSIGNED");
        assertThat(view.assignedBy()).isEqualTo("reassigned by boss@seller.example");
        assertThat(view.details().slaState()).isEqualTo("on_time");
        assertThat(app.deliveries.byId.values()).hasSize(notices + 1);
        assertThat(app.handoffs.find(handoff).orElseThrow().sla().generation()).isEqualTo(generation + 1);
        assertThat(app.fireTimer.fireSlaTimer(new SlaTimer(
                        handoff, SlaTimer.Kind.BREACH, SlaDeadline.ACCEPT, generation, 100, HandoffFixture.T0)))
                .isEqualTo("stale");
    }

    @Test
    void reassigning_to_the_rep_who_holds_it_changes_nothing() {
        reassign.reassignHandoff(new ReassignHandoffCommand(handoff, new RepId(ben.id()), boss));
        int notices = app.deliveries.byId.values().size();
        var before = app.handoffs.find(handoff).orElseThrow();

        HandoffView again = reassign.reassignHandoff(new ReassignHandoffCommand(handoff, new RepId(ben.id()), boss));

        assertThat(again.rep().email()).isEqualTo(ben.email());
        assertThat(app.deliveries.byId.values()).hasSize(notices);
        assertThat(app.handoffs.find(handoff).orElseThrow()).isEqualTo(before);
    }

    @Test
    void the_rep_holding_it_may_not_reassign_it_and_nothing_changes() {
        Actor annaHerself = new Actor(anna.email(), Set.of("sales_rep"));

        assertThatThrownBy(() ->
                        reassign.reassignHandoff(new ReassignHandoffCommand(handoff, new RepId(ben.id()), annaHerself)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(app.findHandoff.findHandoff(handoff).rep().email()).isEqualTo(anna.email());
    }

    @Test
    void a_rep_outside_the_managers_teams_or_away_is_refused_naming_repId() {
        RepView carl = app.rep("Carl", true);
        availability.setRepAvailability(new SetRepAvailabilityCommand(new RepId(ben.id()), false, boss));

        assertThatThrownBy(
                        () -> reassign.reassignHandoff(new ReassignHandoffCommand(handoff, new RepId(carl.id()), boss)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("repId"));
        assertThatThrownBy(
                        () -> reassign.reassignHandoff(new ReassignHandoffCommand(handoff, new RepId(ben.id()), boss)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("repId"));
    }

    @Test
    void an_accepted_hand_off_is_not_reassigned() {
        app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(handoff));

        assertThatThrownBy(
                        () -> reassign.reassignHandoff(new ReassignHandoffCommand(handoff, new RepId(ben.id()), boss)))
                .isInstanceOf(HandoffDecisionRefusedException.class);
    }

    @Test
    void the_board_sees_a_reminded_then_a_breached_hand_off() {
        int generation = app.handoffs.find(handoff).orElseThrow().sla().generation();
        var reminder =
                new SlaTimer(handoff, SlaTimer.Kind.REMINDER, SlaDeadline.ACCEPT, generation, 50, app.clock.instant());
        app.fireTimer.fireSlaTimer(reminder);

        assertThat(app.findHandoff.findHandoff(handoff).details().slaState()).isEqualTo("reminded");

        app.slaLog.recordOnce(
                new SlaTimer(handoff, SlaTimer.Kind.BREACH, SlaDeadline.ACCEPT, generation, 100, app.clock.instant()),
                null,
                null,
                app.clock.instant());
        assertThat(app.findHandoff.findHandoff(handoff).details().slaState()).isEqualTo("breached");
    }

    @Test
    void the_manager_marks_a_rep_of_the_team_away_and_back_and_a_rep_may_not() {
        assertThat(availability
                        .setRepAvailability(new SetRepAvailabilityCommand(new RepId(ben.id()), false, boss))
                        .available())
                .isFalse();
        assertThat(app.reps.find(new RepId(ben.id())).orElseThrow().available()).isFalse();
        assertThat(availability
                        .setRepAvailability(new SetRepAvailabilityCommand(new RepId(ben.id()), true, boss))
                        .available())
                .isTrue();
        assertThatThrownBy(() -> availability.setRepAvailability(new SetRepAvailabilityCommand(
                        new RepId(ben.id()), false, new Actor(anna.email(), Set.of("sales_manager")))))
                .isInstanceOf(NotAllowedException.class);
    }
}
