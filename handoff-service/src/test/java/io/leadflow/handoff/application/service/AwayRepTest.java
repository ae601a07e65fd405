package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityCommand;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityUseCase;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaDeadline;
import io.leadflow.handoff.domain.SlaPolicy;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A rep marked away: their hand-offs not yet accepted move on at once, as a missed accept deadline would move them. */
class AwayRepTest {

    private final HandoffFixture app = new HandoffFixture();
    private final SetRepAvailabilityUseCase availability = HandoffServices.setRepAvailability(app.ports);
    private final Actor boss = new Actor("boss@seller.example", Set.of("sales_manager"));
    private final TeamId team = TeamId.newId();
    private RepView anna;
    private RepView ben;

    @BeforeEach
    void aTeamOfTwo() {
        app.teams.add(new Team(
                team,
                "Inbound",
                EmailAddress.of("boss@seller.example"),
                BusinessCalendar.weekdays(ZoneOffset.UTC, SalesRep.DEFAULT_HOURS),
                null));
        anna = app.rep("Anna", true);
        ben = app.rep("Ben", true);
        for (RepView rep : List.of(anna, ben)) {
            app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                    new RepId(rep.id()), null, null, null, team, null, null, null, null, null, null, null));
        }
    }

    private HandoffId leadFor(String name) {
        LeadId lead = LeadId.newId();
        app.assignHandoff.assignHandoff(qualified(lead));
        HandoffView view = app.findHandoff.findHandoffsOfLead(lead).getFirst();
        assertThat(view.rep().name()).isEqualTo(name);
        app.clock.advance(Duration.ofSeconds(1));
        return new HandoffId(view.id());
    }

    private void annaGoesAway() {
        availability.setRepAvailability(new SetRepAvailabilityCommand(new RepId(anna.id()), false, boss));
    }

    @Test
    void a_hand_off_not_yet_accepted_moves_at_once_to_the_next_rep_of_the_team_with_a_fresh_clock() {
        HandoffId waiting = leadFor("Anna");
        int generation = app.handoffs.find(waiting).orElseThrow().sla().generation();
        int notices = app.deliveries.byId.size();

        annaGoesAway();

        HandoffView view = app.findHandoff.findHandoff(waiting);
        assertThat(view.rep().name()).isEqualTo("Ben");
        assertThat(view.status()).isEqualTo("ASSIGNED");
        assertThat(view.assignedBy()).isEqualTo(AwayReassignment.RULE);
        assertThat(view.details().teamId()).isEqualTo(team.value());
        assertThat(app.deliveries.byId).hasSize(notices + 1);
        assertThat(app.fireTimer.fireSlaTimer(new SlaTimer(
                        waiting, SlaTimer.Kind.BREACH, SlaDeadline.ACCEPT, generation, 100, app.clock.instant())))
                .as("Anna's old breach timer")
                .isEqualTo("stale");
    }

    @Test
    void an_accepted_hand_off_stays_with_the_rep_who_is_working_it() {
        HandoffId accepted = leadFor("Anna");
        app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(accepted, Actor.system()));

        annaGoesAway();

        assertThat(app.findHandoff.findHandoff(accepted).rep().name()).isEqualTo("Anna");
        assertThat(app.findHandoff.findHandoff(accepted).status()).isEqualTo("ACCEPTED");
    }

    @Test
    void with_nobody_to_take_it_the_hand_off_stays_and_its_breach_comes_as_usual() {
        HandoffId waiting = leadFor("Anna");
        availability.setRepAvailability(new SetRepAvailabilityCommand(new RepId(ben.id()), false, boss));

        annaGoesAway();

        assertThat(app.findHandoff.findHandoff(waiting).rep().name()).isEqualTo("Anna");
        assertThat(app.timers.pending.values())
                .anyMatch(t -> t.handoffId().equals(waiting) && t.kind() == SlaTimer.Kind.BREACH);
    }

    @Test
    void a_policy_that_does_not_reassign_on_breach_does_not_reassign_when_the_rep_goes_away() {
        SlaPolicy hot = SlaPolicy.defaults(Priority.HOT);
        app.policies.save(
                new SlaPolicy(Priority.HOT, hot.acceptWithin(), hot.decideWithin(), hot.remindAtPercent(), false));
        HandoffId waiting = leadFor("Anna");

        annaGoesAway();

        assertThat(app.findHandoff.findHandoff(waiting).rep().name()).isEqualTo("Anna");
    }

    @Test
    void marking_away_through_the_reps_details_moves_them_on_as_well() {
        HandoffId waiting = leadFor("Anna");

        app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                new RepId(anna.id()), null, null, false, null, null, null, null, null, null, null, null));

        assertThat(app.findHandoff.findHandoff(waiting).rep().name()).isEqualTo("Ben");
    }
}
