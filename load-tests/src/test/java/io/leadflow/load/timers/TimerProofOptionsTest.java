package io.leadflow.load.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimerProofOptionsTest {

    @Test
    void the_proof_kills_replicas_unless_told_otherwise_and_a_receiver_stays_down_an_hour() {
        TimerProofOptions options = TimerProofOptions.parse(new String[] {"--version", "1"});

        assertThat(options.fault()).isEqualTo(TimerFault.KILL);
        assertThat(options.receiverDown()).isEqualTo(Duration.ofHours(1));
        assertThat(options.clockJump()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_clock_jump_and_a_receiver_outage_are_chosen_by_option() {
        TimerProofOptions backward = TimerProofOptions.parse(
                new String[] {"--version", "1", "--fault", "clock-backward", "--clock-jump", "PT2M"});
        TimerProofOptions down = TimerProofOptions.parse(
                new String[] {"--version", "1", "--fault", "receiver-down", "--receiver-down", "PT3M"});

        assertThat(backward.fault()).isEqualTo(TimerFault.CLOCK_BACKWARD);
        assertThat(backward.fault().jumpsClocks()).isTrue();
        assertThat(backward.clockJump()).isEqualTo(Duration.ofMinutes(2));
        assertThat(down.fault()).isEqualTo(TimerFault.RECEIVER_DOWN);
        assertThat(down.receiverDown()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void an_unknown_fault_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> TimerProofOptions.parse(new String[] {"--version", "1", "--fault", "meteor"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clock-forward");
    }
}
