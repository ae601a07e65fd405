package io.leadflow.console.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HandoffSlaTest {

    private static final Instant DUE = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void time_left_reads_in_minutes_and_hours_and_says_when_it_is_overdue() {
        assertThat(new HandoffSla("accept", DUE, 59L, false, false).timeLeft()).isEqualTo("1 min left");
        assertThat(new HandoffSla("accept", DUE, 25 * 60L, true, false).timeLeft())
                .isEqualTo("25 min left");
        assertThat(new HandoffSla("decide", DUE, 3 * 3600L + 300, false, false).timeLeft())
                .isEqualTo("3 h 5 min left");
        assertThat(new HandoffSla("decide", DUE, -600L, true, true).timeLeft()).isEqualTo("overdue by 10 min");
        assertThat(HandoffSla.NONE.timeLeft()).isEqualTo("no deadline");
    }

    @Test
    void the_tone_follows_reminder_and_breach() {
        assertThat(new HandoffSla("accept", DUE, 60L, false, false).tone()).isEqualTo("sla-on-time");
        assertThat(new HandoffSla("accept", DUE, 60L, true, false).tone()).isEqualTo("sla-reminded");
        assertThat(new HandoffSla("accept", DUE, -60L, true, true).tone()).isEqualTo("sla-breached");
    }
}
