package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.DefineRoutingRuleCommand;
import io.leadflow.handoff.application.port.in.DeleteRoutingRuleCommand;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RegisterTeamCommand;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.application.port.in.RepDetailsView;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.SetSlaPolicyCommand;
import io.leadflow.handoff.application.port.in.TeamView;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.application.port.in.UpdateTeamCommand;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.EmailAddress;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sales organisation's use cases on fakes: teams, reps' details, routing rules and SLA policies. */
class SalesOrganisationServicesTest {

    private static final BusinessCalendar BERLIN =
            BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"), SalesRep.DEFAULT_HOURS);
    private static final EmailAddress BOSS = EmailAddress.of("boss@seller.example");

    private final HandoffFixture app = new HandoffFixture();

    private TeamView team(String name) {
        return HandoffServices.registerTeam(app.ports).registerTeam(new RegisterTeamCommand(name, BOSS, BERLIN, null));
    }

    @Test
    void a_registered_team_is_found_with_its_calendar_and_a_second_team_of_that_name_is_refused() {
        TeamView dach = team("DACH");

        TeamView found = HandoffServices.findTeam(app.ports).findTeam(new TeamId(dach.id()));
        assertThat(found.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(found.workingHours()).containsEntry(DayOfWeek.MONDAY, "09:00-17:00");
        assertThat(found.slackWebhookUrl()).isNull();
        assertThatThrownBy(() -> team("DACH")).isInstanceOf(RepAlreadyRegisteredException.class);
        assertThat(HandoffServices.findTeam(app.ports).findTeams()).hasSize(1);
    }

    @Test
    void a_team_cannot_take_the_name_of_another_and_an_unknown_team_cannot_be_updated() {
        TeamView dach = team("DACH");
        team("Nordics");
        var update = HandoffServices.updateTeam(app.ports);

        assertThatThrownBy(() ->
                        update.updateTeam(new UpdateTeamCommand(new TeamId(dach.id()), "Nordics", BOSS, BERLIN, null)))
                .isInstanceOf(RepAlreadyRegisteredException.class);
        assertThatThrownBy(() -> update.updateTeam(new UpdateTeamCommand(TeamId.newId(), "Iberia", BOSS, BERLIN, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(update.updateTeam(new UpdateTeamCommand(new TeamId(dach.id()), "DACH+", BOSS, BERLIN, null))
                        .name())
                .isEqualTo("DACH+");
    }

    @Test
    void changing_a_rep_changes_only_what_the_command_names() {
        RepView rita = app.rep("Rita", false);
        TeamView dach = team("DACH");

        RepDetailsView changed = HandoffServices.updateRepDetails(app.ports)
                .updateRepDetails(new UpdateRepDetailsCommand(
                        new RepId(rita.id()),
                        null,
                        null,
                        null,
                        new TeamId(dach.id()),
                        null,
                        Set.of("enterprise"),
                        null,
                        12,
                        null,
                        null,
                        null));

        assertThat(changed.name()).isEqualTo("Rita");
        assertThat(changed.available()).isFalse();
        assertThat(changed.teamId()).isEqualTo(dach.id());
        assertThat(changed.segments()).containsExactly("enterprise");
        assertThat(changed.capacity()).isEqualTo(12);
        assertThat(changed.weight()).isEqualTo(1);
        assertThat(app.reps.find(new RepId(rita.id())).orElseThrow().capacity()).isEqualTo(12);
    }

    @Test
    void a_rep_cannot_join_a_team_that_does_not_exist() {
        RepView rita = app.rep("Rita", true);

        assertThatThrownBy(() -> HandoffServices.updateRepDetails(app.ports)
                        .updateRepDetails(new UpdateRepDetailsCommand(
                                new RepId(rita.id()),
                                null,
                                null,
                                null,
                                TeamId.newId(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(app.reps.find(new RepId(rita.id())).orElseThrow().teamId()).isNull();
    }

    @Test
    void a_rule_needs_existing_teams_and_a_deleted_rule_is_gone() {
        TeamView dach = team("DACH");
        var define = HandoffServices.defineRoutingRule(app.ports);

        assertThatThrownBy(() -> define.defineRoutingRule(new DefineRoutingRuleCommand(
                        0, "nowhere", null, null, null, null, null, null, TeamId.newId(), null)))
                .isInstanceOf(NotFoundException.class);
        var rule = define.defineRoutingRule(new DefineRoutingRuleCommand(
                1, "dach", null, Set.of("DE", "AT"), null, null, null, null, new TeamId(dach.id()), null));
        assertThat(HandoffServices.findRoutingRule(app.ports).findRoutingRules())
                .singleElement()
                .satisfies(found -> {
                    assertThat(found.teamId()).isEqualTo(dach.id());
                    assertThat(found.countries()).containsExactlyInAnyOrder("de", "at");
                });

        var delete = HandoffServices.deleteRoutingRule(app.ports);
        delete.deleteRoutingRule(new DeleteRoutingRuleCommand(rule.id()));
        assertThat(HandoffServices.findRoutingRule(app.ports).findRoutingRules())
                .isEmpty();
        assertThatThrownBy(() -> delete.deleteRoutingRule(new DeleteRoutingRuleCommand(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_policy_set_for_a_priority_is_the_one_found_with_its_reminders_in_order_beside_the_defaults() {
        HandoffServices.setSlaPolicy(app.ports)
                .setSlaPolicy(new SetSlaPolicyCommand(
                        Priority.HOT, Duration.ofMinutes(30), Duration.ofHours(4), List.of(80, 50), false));

        assertThat(HandoffServices.findSlaPolicy(app.ports).findSlaPolicies())
                .hasSize(Priority.values().length)
                .filteredOn(policy -> policy.priority() == Priority.HOT)
                .singleElement()
                .satisfies(policy -> {
                    assertThat(policy.priority()).isEqualTo(Priority.HOT);
                    assertThat(policy.acceptWithin()).isEqualTo(Duration.ofMinutes(30));
                    assertThat(policy.remindAtPercent()).containsExactly(50, 80);
                    assertThat(policy.reassignOnBreach()).isFalse();
                });
    }

    @Test
    void every_change_of_the_organisation_is_kept_with_who_made_it_and_a_refused_change_with_nobody() {
        app.caller.set("chief@seller.example");
        TeamView dach = team("DACH");
        HandoffServices.updateTeam(app.ports)
                .updateTeam(new UpdateTeamCommand(new TeamId(dach.id()), "DACH+", BOSS, BERLIN, null));
        app.caller.set("deputy@seller.example");
        assertThatThrownBy(() -> team("DACH+")).isInstanceOf(RepAlreadyRegisteredException.class);

        assertThat(HandoffServices.findOrganisationChanges(app.ports).latestChanges(10))
                .extracting(c -> c.actor() + " " + c.action() + " " + c.subject())
                .containsExactly(
                        "chief@seller.example team.updated " + dach.id(),
                        "chief@seller.example team.registered " + dach.id());
    }
}
