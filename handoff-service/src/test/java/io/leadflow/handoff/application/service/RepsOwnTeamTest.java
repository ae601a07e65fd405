package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A hand-off routed without a rule is the rep's team's: its Slack channel hears of it, its calendar runs the SLA. */
class RepsOwnTeamTest {

    // Saturday 2026-11-07 10:00 UTC: the default calendar (Monday to Friday) is closed, the team works every day
    static final Instant SATURDAY = Instant.parse("2026-11-07T10:00:00Z");
    static final String CHANNEL = "https://hooks.slack.example/services/weekend";

    private final HandoffFixture app = new HandoffFixture();
    private final TeamId team = TeamId.newId();
    private RepView anna;

    @BeforeEach
    void aTeamWorkingEveryDayWithASlackChannelAndNoRule() {
        app.clock.advance(Duration.between(HandoffFixture.T0, SATURDAY));
        Map<DayOfWeek, WorkingHours> everyDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.put(day, WorkingHours.parse("08:00-20:00"));
        }
        app.teams.add(new Team(
                team,
                "Weekend",
                EmailAddress.of("boss@seller.example"),
                new BusinessCalendar(ZoneOffset.UTC, everyDay, Set.of()),
                WebhookUrl.parse(CHANNEL)));
        anna = app.rep("Anna", true);
        app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                new RepId(anna.id()), null, null, true, team, null, null, null, 10, 1, null, null));
    }

    private HandoffView hotLead() {
        LeadId lead = LeadId.newId();
        app.assignHandoff.assignHandoff(new AssignHandoffCommand(
                UUID.randomUUID(), lead, 90, true, List.of("demo requested"), app.clock.instant(), "corr"));
        return app.findHandoff.findHandoffsOfLead(lead).getFirst();
    }

    @Test
    void a_lead_routed_without_a_rule_is_posted_to_the_reps_team_channel() {
        HandoffView view = hotLead();

        assertThat(view.assignedBy()).isEqualTo("round-robin");
        assertThat(view.details().teamId()).isEqualTo(team.value());
        assertThat(app.deliveries.byId.values())
                .filteredOn(d -> d.channel() == NotificationChannel.SLACK)
                .extracting(NotificationDelivery::target, NotificationDelivery::payload)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CHANNEL, "team Weekend|ASSIGNED|Anna"));
    }

    @Test
    void its_sla_runs_on_the_teams_calendar_not_the_default_weekdays() {
        HandoffView view = hotLead();

        // fifteen minutes of the team's Saturday, not Monday 09:15 of the default calendar
        assertThat(view.details().dueAt()).isEqualTo(SATURDAY.plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_rep_of_no_team_keeps_the_default_calendar_and_no_channel_is_told() {
        app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                new RepId(anna.id()), null, null, false, null, null, null, null, null, null, null, null));
        app.rep("Solo", true);

        HandoffView view = hotLead();

        assertThat(view.rep().name()).isEqualTo("Solo");
        assertThat(view.details().teamId()).isNull();
        assertThat(view.details().dueAt()).isEqualTo(Instant.parse("2026-11-09T09:15:00Z"));
        assertThat(app.deliveries.byId.values()).noneMatch(d -> d.channel() == NotificationChannel.SLACK);
    }

    private void giveHours(RepView rep, String hours) {
        app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                new RepId(rep.id()),
                null,
                null,
                null,
                team,
                null,
                null,
                null,
                null,
                null,
                ZoneOffset.UTC,
                WorkingHours.parse(hours)));
    }

    @Test
    void a_rep_outside_their_own_hours_is_passed_over_for_one_inside_them() {
        RepView aaron = app.rep("Aaron", true); // first by name, so round-robin alone would choose him
        giveHours(aaron, "13:00-20:00");

        assertThat(hotLead().rep().name()).isEqualTo("Anna");
    }

    @Test
    void the_sla_clock_runs_only_while_both_the_team_and_the_rep_work() {
        giveHours(anna, "12:00-16:00");

        HandoffView view = hotLead();

        // Saturday 10:00: the team works, Anna starts at 12:00, so fifteen minutes later is 12:15
        assertThat(view.rep().name()).isEqualTo("Anna");
        assertThat(view.details().dueAt()).isEqualTo(Instant.parse("2026-11-07T12:15:00Z"));
        assertThat(app.timers.pending.values())
                .extracting(io.leadflow.handoff.domain.SlaTimer::at)
                .contains(Instant.parse("2026-11-07T12:15:00Z"));
    }

    @Test
    void a_lead_that_waited_for_a_rep_becomes_the_team_of_the_rep_who_takes_it() {
        app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                new RepId(anna.id()), null, null, false, null, null, null, null, null, null, null, null));
        HandoffView waiting = hotLead();
        assertThat(waiting.status()).isEqualTo("UNASSIGNED");
        app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                new RepId(anna.id()), null, null, true, null, null, null, null, null, null, null, null));

        assertThat(app.assignWaiting.assignWaitingHandoffs(10)).isEqualTo(1);

        HandoffView view = app.findHandoff.findHandoff(new io.leadflow.handoff.domain.HandoffId(waiting.id()));
        assertThat(view.details().teamId()).isEqualTo(team.value());
        assertThat(view.details().dueAt()).isEqualTo(SATURDAY.plus(Duration.ofMinutes(15)));
        assertThat(app.deliveries.byId.values())
                .filteredOn(d -> d.channel() == NotificationChannel.SLACK)
                .extracting(NotificationDelivery::target)
                .containsExactly(CHANNEL);
    }
}
