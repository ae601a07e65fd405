package io.leadflow.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    // Friday 2026-11-06 16:00 UTC: one business hour before closing, so a two-hour window runs into Monday
    private static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-06T16:00:00Z");
    private static final BusinessCalendar NINE_TO_FIVE_UTC =
            BusinessCalendar.weekdays(ZoneId.of("UTC"), new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    private static final SlaPolicy POLICY =
            new SlaPolicy(Priority.of(false), Duration.ofHours(2), Duration.ofDays(1), List.of(50, 75), false);

    private final SlaClock clock = SlaClock.toAccept(POLICY, NINE_TO_FIVE_UTC, FRIDAY_AFTERNOON, 1);

    @Test
    void the_accept_deadline_counts_business_time_only() {
        assertThat(clock.dueAt(SlaDeadline.ACCEPT)).isEqualTo(Instant.parse("2026-11-09T10:00:00Z"));
    }

    @Test
    void the_business_time_left_skips_the_night_and_the_weekend_and_is_negative_once_overdue() {
        Instant due = clock.dueAt(SlaDeadline.ACCEPT);

        assertThat(NINE_TO_FIVE_UTC.between(FRIDAY_AFTERNOON, due)).isEqualTo(Duration.ofHours(2));
        assertThat(NINE_TO_FIVE_UTC.between(Instant.parse("2026-11-07T12:00:00Z"), due))
                .isEqualTo(Duration.ofHours(1));
        assertThat(NINE_TO_FIVE_UTC.between(due.plus(Duration.ofMinutes(30)), due))
                .isEqualTo(Duration.ofMinutes(-30));
    }

    @Test
    void a_reminder_counts_from_the_first_reminder_point_of_the_window_in_business_time() {
        Instant halfWay = Instant.parse("2026-11-06T17:00:00Z"); // one business hour of two

        assertThat(clock.remindedBy(SlaDeadline.ACCEPT, POLICY, NINE_TO_FIVE_UTC, halfWay.minusSeconds(1)))
                .isFalse();
        assertThat(clock.remindedBy(SlaDeadline.ACCEPT, POLICY, NINE_TO_FIVE_UTC, halfWay))
                .isTrue();
    }

    @Test
    void the_deadline_is_missed_from_its_due_instant_on_and_a_deadline_not_started_never_is() {
        Instant due = clock.dueAt(SlaDeadline.ACCEPT);

        assertThat(clock.breachedBy(SlaDeadline.ACCEPT, due.minusSeconds(1))).isFalse();
        assertThat(clock.breachedBy(SlaDeadline.ACCEPT, due)).isTrue();
        assertThat(clock.breachedBy(SlaDeadline.DECIDE, due.plus(Duration.ofDays(30))))
                .isFalse();
        assertThat(clock.remindedBy(SlaDeadline.DECIDE, POLICY, NINE_TO_FIVE_UTC, due.plus(Duration.ofDays(30))))
                .isFalse();
    }
}
