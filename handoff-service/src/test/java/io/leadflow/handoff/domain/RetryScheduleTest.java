package io.leadflow.handoff.domain;

import static io.leadflow.handoff.domain.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule standard = RetrySchedule.standard();

    private Duration waitAfter(int failures) {
        return Duration.between(T0, standard.nextAttempt(failures, T0, T0).orElseThrow());
    }

    @Test
    void backs_off_from_five_seconds_to_six_hours_and_stays_there() {
        assertThat(waitAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(waitAfter(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(waitAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(waitAfter(4)).isEqualTo(Duration.ofMinutes(10));
        assertThat(waitAfter(7)).isEqualTo(Duration.ofHours(6));
        assertThat(waitAfter(12)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void gives_up_when_the_next_attempt_would_fall_after_three_days() {
        Instant almostThreeDays = T0.plus(Duration.ofDays(3)).minus(Duration.ofHours(1));

        assertThat(standard.nextAttempt(20, T0, almostThreeDays)).isEmpty();
        assertThat(standard.nextAttempt(20, T0, almostThreeDays.minus(Duration.ofHours(6))))
                .isPresent();
    }

    @Test
    void a_receiver_down_for_an_hour_is_tried_again_by_the_sixth_attempt_long_before_giving_up() {
        Instant attempt = T0;
        int failures = 0;
        while (!attempt.isAfter(T0.plus(Duration.ofHours(1)))) {
            failures++;
            attempt = standard.nextAttempt(failures, T0, attempt).orElseThrow();
        }

        assertThat(failures).isEqualTo(5);
        assertThat(Duration.between(T0, attempt))
                .isEqualTo(Duration.ofMinutes(72).plusSeconds(35));
    }
}
