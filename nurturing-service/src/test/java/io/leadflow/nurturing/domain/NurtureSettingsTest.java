package io.leadflow.nurturing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NurtureSettingsTest {

    private final NurtureSettings settings = new NurtureSettings(60, false, 50, Duration.ofDays(30));

    @Test
    void a_score_recycles_only_when_it_crosses_the_threshold_from_below() {
        assertThat(settings.recycleTrigger(OptionalInt.of(59), 60))
                .contains("score 60 crossed the recycle threshold 60");
        assertThat(settings.recycleTrigger(OptionalInt.of(70), 80))
                .as("already above")
                .isEmpty();
        assertThat(settings.recycleTrigger(OptionalInt.of(10), 59))
                .as("still below")
                .isEmpty();
        assertThat(settings.recycleTrigger(OptionalInt.empty(), 61))
                .as("unknown counts as below")
                .isPresent();
    }

    @Test
    void only_buying_signals_recycle_as_engagements() {
        assertThat(settings.recycleTrigger(EngagementType.TRIAL_STARTED)).contains("buying signal: trial_started");
        assertThat(settings.recycleTrigger(EngagementType.PRICING_PAGE_VISITED)).isEmpty();
        assertThat(settings.recycleTrigger(EngagementType.UNSUBSCRIBED)).isEmpty();
    }

    @Test
    void thresholds_and_waiting_time_are_bounded_and_named_when_broken() {
        assertThatThrownBy(() -> new NurtureSettings(0, false, 50, Duration.ofDays(1)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("recycleThreshold");
        assertThatThrownBy(() -> new NurtureSettings(60, true, 50, Duration.ofMinutes(5)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("belowThresholdAfter");
    }

    @Test
    void a_lead_state_remembers_since_when_the_score_is_below_and_ignores_older_scores() {
        var t0 = java.time.Instant.parse("2026-11-01T00:00:00Z");
        LeadState state = LeadState.unknown(io.leadflow.kernel.LeadId.newId())
                .scored(20, t0, settings)
                .scored(30, t0.plusSeconds(60), settings);
        assertThat(state.belowSince()).isEqualTo(t0);

        LeadState older = state.scored(90, t0.minusSeconds(60), settings);
        assertThat(older).isEqualTo(state);

        LeadState above = state.scored(55, t0.plusSeconds(120), settings);
        assertThat(above.belowSince()).isNull();
        assertThat(above.lastScore()).hasValue(55);
    }
}
