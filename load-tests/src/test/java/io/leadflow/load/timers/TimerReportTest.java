package io.leadflow.load.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.load.timers.TimerLedger.Arrival;
import io.leadflow.load.timers.TimerLedger.Effect;
import io.leadflow.load.timers.TimerLedger.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimerReportTest {

    private static final Instant DUE = Instant.parse("2026-11-23T12:00:00Z");
    private static final Effect REMINDER_A = new Effect(Kind.REMINDER, "a", 0);
    private static final Effect BREACH_A = new Effect(Kind.BREACH, "a", 0);
    private static final Effect STEP_B1 = new Effect(Kind.NURTURE_STEP, "b", 1);
    private static final Effect STEP_B2 = new Effect(Kind.NURTURE_STEP, "b", 2);

    @Test
    void an_effect_that_came_once_per_timer_is_clean_and_its_lateness_is_arrival_minus_due() {
        TimerReport report = TimerReport.judge(
                Set.of(REMINDER_A, BREACH_A),
                Set.of(),
                Map.of(REMINDER_A, List.of(arrival("d1", 1500)), BREACH_A, List.of(arrival("d2", 500))),
                List.of());

        assertThat(report.clean()).isTrue();
        assertThat(report.total().once()).isEqualTo(2);
        assertThat(report.total().maxMillis()).isEqualTo(1500);
        assertThat(report.rows().getFirst().p50Millis()).isEqualTo(1500);
    }

    @Test
    void a_step_that_never_came_is_missed_and_fails_the_proof() {
        TimerReport report = TimerReport.judge(
                Set.of(STEP_B1, STEP_B2), Set.of(), Map.of(STEP_B1, List.of(arrival("s1", 100))), List.of());

        assertThat(report.total().missed()).isEqualTo(1);
        assertThat(report.clean()).isFalse();
    }

    @Test
    void the_same_effect_under_two_delivery_ids_is_doubled_but_the_same_id_twice_is_only_a_redelivery() {
        TimerReport doubled = TimerReport.judge(
                Set.of(BREACH_A),
                Set.of(),
                Map.of(BREACH_A, List.of(arrival("d1", 100), arrival("d2", 9000))),
                List.of());
        TimerReport redelivered = TimerReport.judge(
                Set.of(BREACH_A),
                Set.of(),
                Map.of(BREACH_A, List.of(arrival("d1", 100), arrival("d1", 9000))),
                List.of());

        assertThat(doubled.total().doubled()).isEqualTo(1);
        assertThat(doubled.clean()).isFalse();
        assertThat(redelivered.total().redelivered()).isEqualTo(1);
        assertThat(redelivered.total().doubled()).isZero();
        assertThat(redelivered.clean()).isTrue();
    }

    @Test
    void a_reminder_of_a_lead_rejected_before_it_was_due_is_unexpected_while_an_allowed_one_is_not() {
        TimerReport unexpected =
                TimerReport.judge(Set.of(), Set.of(), Map.of(REMINDER_A, List.of(arrival("d1", 100))), List.of());
        TimerReport allowed = TimerReport.judge(
                Set.of(), Set.of(REMINDER_A), Map.of(REMINDER_A, List.of(arrival("d1", 100))), List.of());

        assertThat(unexpected.total().unexpected()).isEqualTo(1);
        assertThat(unexpected.clean()).isFalse();
        assertThat(allowed.clean()).isTrue();
    }

    @Test
    void the_table_names_every_kind_and_the_verdict() {
        String table = TimerReport.judge(Set.of(STEP_B1), Set.of(), Map.of(), List.of("a note"))
                .render();

        assertThat(table).contains("SLA reminder", "SLA breach", "nurture step", "FAIL", "a note");
    }

    private static Arrival arrival(String id, long lateMillis) {
        return new Arrival(id, DUE.plusMillis(lateMillis), DUE);
    }
}
