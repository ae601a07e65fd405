package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.SlaBreachedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SLA clock on fakes with an injected clock: timers, reminders, breach, reassignment, ownership. */
class SlaClockServiceTest {

    // Monday 2026-11-02 08:50 in Berlin (CET, UTC+1) is 07:50 UTC: the team opens at 09:00 local
    private static final Instant MONDAY_BEFORE_OPENING = Instant.parse("2026-11-02T07:50:00Z");

    private final HandoffFixture app = new HandoffFixture();
    private final TeamId team = TeamId.newId();
    private RepView anna;
    private RepView ben;

    @BeforeEach
    void organisation() {
        app.clock.advance(Duration.between(HandoffFixture.T0, MONDAY_BEFORE_OPENING));
        app.teams.add(new Team(
                team,
                "DACH",
                EmailAddress.of("boss@seller.example"),
                BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"), SalesRep.DEFAULT_HOURS),
                null));
        app.rules.add(new RoutingRule(
                UUID.randomUUID(), 1, "dach", Set.of(), Set.of(), null, null, Set.of(), Set.of(), team, null));
        anna = app.rep("Anna", true);
        ben = app.rep("Ben", true);
        for (RepView rep : List.of(anna, ben)) {
            app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                    new RepId(rep.id()), null, null, true, team, null, null, null, 10, 1, null, null));
        }
    }

    private HandoffId hotLead() {
        app.assignHandoff.assignHandoff(new AssignHandoffCommand(
                UUID.randomUUID(), LeadId.newId(), 90, true, List.of("demo requested"), app.clock.instant(), "corr"));
        return new HandoffId(app.handoffs.byId.keySet().iterator().next().value());
    }

    private List<String> fireDue() {
        return app.timers.due(app.clock.instant()).stream()
                .map(app.fireTimer::fireSlaTimer)
                .toList();
    }

    @Test
    void a_hot_lead_before_opening_is_due_fifteen_business_minutes_after_the_team_opens() {
        HandoffId id = hotLead();

        assertThat(app.findHandoff.findHandoff(id).details().dueAt()).isEqualTo(Instant.parse("2026-11-02T08:15:00Z"));
        assertThat(app.timers.pending.values())
                .extracting(SlaTimer::at)
                .containsExactly(
                        Instant.parse("2026-11-02T08:07:30Z"),
                        Instant.parse("2026-11-02T08:12:00Z"),
                        Instant.parse("2026-11-02T08:15:00Z"));
    }

    @Test
    void reminders_go_to_the_rep_and_at_the_breach_the_lead_goes_to_the_next_rep_with_a_fresh_clock() {
        HandoffId id = hotLead();
        String first = app.findHandoff.findHandoff(id).rep().name();

        app.clock.advance(Duration.ofMinutes(23)); // 08:13 UTC: both reminders are due, the breach not yet
        assertThat(fireDue()).containsExactly("reminded", "reminded");
        app.clock.advance(Duration.ofMinutes(2));
        assertThat(fireDue()).containsExactly("reassigned");

        var view = app.findHandoff.findHandoff(id);
        assertThat(view.rep().name()).isNotEqualTo(first);
        assertThat(view.assignedBy()).isEqualTo("sla-breach-reassignment");
        assertThat(view.details().dueAt()).isEqualTo(Instant.parse("2026-11-02T08:30:00Z"));
        assertThat(app.events.published).singleElement().isInstanceOfSatisfying(SlaBreachedEvent.class, e -> {
            assertThat(e.deadline()).isEqualTo("accept");
            assertThat(e.dueAt()).isEqualTo(Instant.parse("2026-11-02T08:15:00Z"));
            assertThat(e.reassignedTo()).isEqualTo(view.rep().id().toString());
        });
        assertThat(app.deliveries.byId.values())
                .extracting(d -> d.payload().split("\\|")[0])
                .containsExactly(
                        first, "REMINDER", "REMINDER", "BREACH", view.rep().name());
    }

    @Test
    void an_accept_before_the_deadline_makes_the_breach_timer_a_no_op_and_starts_the_decide_clock() {
        HandoffId id = hotLead();
        app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(id, Actor.system()));
        app.events.published.clear();

        app.clock.advance(Duration.ofMinutes(30));
        List<String> outcomes = fireDue();

        assertThat(outcomes).contains("stale").doesNotContain("reassigned", "breached");
        assertThat(app.events.published).isEmpty();
        assertThat(app.findHandoff.findHandoff(id).details().deadline()).isEqualTo("decide");
        assertThat(app.findHandoff.findHandoff(id).details().dueAt())
                .isEqualTo(Instant.parse("2026-11-02T16:00:00Z")); // 8 business hours from 08:00 UTC opening
    }

    @Test
    void a_timer_that_fires_twice_has_its_effect_once() {
        hotLead();
        app.clock.advance(Duration.ofHours(1));
        List<SlaTimer> due = app.timers.due(app.clock.instant());
        SlaTimer breach = due.getLast();

        assertThat(app.fireTimer.fireSlaTimer(breach)).isEqualTo("reassigned");
        assertThat(app.fireTimer.fireSlaTimer(breach)).isEqualTo("stale");
        assertThat(app.events.published).hasSize(1);
    }

    @Test
    void only_the_assignee_their_manager_or_an_admin_may_decide() {
        HandoffId id = hotLead();
        var holder = app.findHandoff.findHandoff(id).rep();
        String other = holder.name().equals("Anna") ? "ben@seller.example" : "anna@seller.example";

        assertThatThrownBy(() -> app.acceptHandoff.acceptHandoff(
                        new AcceptHandoffCommand(id, new Actor(other, Set.of("sales_rep")))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(app.acceptHandoff
                        .acceptHandoff(
                                new AcceptHandoffCommand(id, new Actor("boss@seller.example", Set.of("sales_manager"))))
                        .status())
                .isEqualTo("ACCEPTED");
        assertThat(app.inbox.findInbox(new Actor(holder.email(), Set.of("sales_rep")), true))
                .extracting(v -> v.id())
                .containsExactly(id.value());
        assertThat(app.inbox.findInbox(new Actor(other, Set.of("sales_rep")), true))
                .isEmpty();
        assertThat(app.inbox.findInbox(new Actor("boss@seller.example", Set.of("sales_manager")), true))
                .hasSize(1);
    }

    @Test
    void the_view_shows_the_running_deadline_then_that_a_reminder_passed_then_that_it_was_missed() {
        HandoffId id = hotLead();

        var fresh = app.findHandoff.findHandoff(id);
        assertThat(fresh.slaDueAt()).isEqualTo(Instant.parse("2026-11-02T08:15:00Z"));
        // 07:50 UTC, before the team opens at 08:00 UTC: only the 15 business minutes count
        assertThat(fresh.slaBusinessSecondsLeft()).isEqualTo(15L * 60);
        assertThat(fresh.slaReminded()).isFalse();
        assertThat(fresh.slaBreached()).isFalse();

        app.clock.advance(Duration.ofMinutes(18)); // 08:08 UTC: past the first reminder point (08:07:30)
        var reminded = app.findHandoff.findHandoff(id);
        assertThat(reminded.slaReminded()).isTrue();
        assertThat(reminded.slaBreached()).isFalse();

        app.clock.advance(Duration.ofMinutes(9)); // 08:17 UTC: two minutes past the deadline
        var missed = app.findHandoff.findHandoff(id);
        assertThat(missed.slaBreached()).isTrue();
        assertThat(missed.slaBusinessSecondsLeft()).isEqualTo(-120L);
    }

    @Test
    void an_accepted_hand_off_runs_the_decide_deadline_and_a_decided_one_none() {
        HandoffId id = hotLead();
        app.clock.advance(Duration.ofMinutes(20));
        app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(id, Actor.system()));

        var accepted = app.findHandoff.findHandoff(id);
        assertThat(accepted.slaDueAt()).isEqualTo(accepted.details().decideDueAt());
        assertThat(accepted.slaReminded()).isFalse();
        assertThat(accepted.slaBreached()).isFalse();
    }
}
