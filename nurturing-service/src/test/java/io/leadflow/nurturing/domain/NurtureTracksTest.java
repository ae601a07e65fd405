package io.leadflow.nurturing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NurtureTracksTest {

    @Test
    void a_track_cannot_take_leads_that_are_disqualified() {
        assertThatThrownBy(() -> new NurtureTrack("competitors", "Competitor watch",
                Set.of(RejectionReason.COMPETITOR), "never"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("COMPETITOR")
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("track.reasons.nurturable");
    }

    @Test
    void a_track_takes_at_least_one_reason() {
        assertThatThrownBy(() -> new NurtureTrack("empty", "Empty", Set.of(), "monthly"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("reasons");
    }

    @Test
    void a_track_key_is_lower_case_words_joined_by_dashes() {
        assertThatThrownBy(() -> new NurtureTrack("Quarterly Check", "Quarterly", Set.of(RejectionReason.TIMING),
                "quarterly"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("key");
    }

    @Test
    void one_reason_cannot_lead_to_two_tracks() {
        var first = new NurtureTrack("first", "First", Set.of(RejectionReason.TIMING), "monthly");
        var second = new NurtureTrack("second", "Second", Set.of(RejectionReason.TIMING, RejectionReason.OTHER),
                "weekly");

        assertThatThrownBy(() -> new NurtureTracks(List.of(first, second)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("TIMING is taken by both first and second");
    }

    @Test
    void a_reason_no_track_takes_finds_no_track() {
        var only = new NurtureTracks(List.of(DefaultTracks.QUARTERLY_CHECK_IN));

        assertThat(only.trackFor(RejectionReason.TIMING)).contains(DefaultTracks.QUARTERLY_CHECK_IN);
        assertThat(only.trackFor(RejectionReason.NO_BUDGET)).isEmpty();
    }
}
