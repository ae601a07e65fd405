package io.leadflow.load.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiverOutageTest {

    private static final List<Duration> SCHEDULE = ReceiverOutage.HANDOFF_RETRY_DELAYS;

    @Test
    void a_receiver_down_for_three_minutes_is_reached_by_the_attempt_twelve_and_a_half_minutes_after_the_first() {
        assertThat(ReceiverOutage.lastRetryAfter(SCHEDULE, Duration.ofMinutes(3)))
                .isEqualTo(Duration.ofMinutes(12).plusSeconds(35));
    }

    @Test
    void a_receiver_down_for_an_hour_is_reached_by_the_sixth_attempt() {
        assertThat(ReceiverOutage.lastRetryAfter(SCHEDULE, Duration.ofHours(1)))
                .isEqualTo(Duration.ofHours(1).plusMinutes(12).plusSeconds(35));
    }

    @Test
    void past_the_schedule_the_last_delay_repeats() {
        assertThat(ReceiverOutage.lastRetryAfter(
                        List.of(Duration.ofSeconds(5), Duration.ofMinutes(1)), Duration.ofMinutes(3)))
                .isEqualTo(Duration.ofMinutes(3).plusSeconds(5));
    }

    @Test
    void clock_offsets_are_written_with_a_sign_in_whole_seconds() {
        assertThat(ClockJump.offsetText(Duration.ofMinutes(5))).isEqualTo("+300");
        assertThat(ClockJump.offsetText(Duration.ofMinutes(-5))).isEqualTo("-300");
    }
}
