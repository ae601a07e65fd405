package io.leadflow.nurturing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.RejectionReason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DefaultTracksTest {

    @Test
    void every_reason_that_can_be_nurtured_has_a_default_track() {
        Arrays.stream(RejectionReason.values())
                .filter(RejectionReason::isNurturable)
                .forEach(reason -> assertThat(DefaultTracks.catalogue().trackFor(reason))
                        .as("default track for %s", reason)
                        .isPresent()
                        .hasValueSatisfying(
                                track -> assertThat(track.takes(reason)).isTrue()));
    }

    @Test
    void no_default_track_takes_a_lead_that_will_never_buy() {
        Arrays.stream(RejectionReason.values())
                .filter(reason -> !reason.isNurturable())
                .forEach(reason -> assertThat(DefaultTracks.catalogue().trackFor(reason))
                        .as("%s", reason)
                        .isEmpty());
    }

    @Test
    void the_default_tracks_fit_the_reasons_sales_gives() {
        var tracks = DefaultTracks.catalogue();

        assertThat(tracks.trackFor(RejectionReason.TIMING).orElseThrow().name())
                .isEqualTo("Long cadence: quarterly check-in");
        assertThat(tracks.trackFor(RejectionReason.NO_BUDGET).orElseThrow().name())
                .isEqualTo("Revisit next quarter");
        assertThat(tracks.trackFor(RejectionReason.NOT_DECISION_MAKER)
                        .orElseThrow()
                        .name())
                .isEqualTo("Ask for a referral");
        assertThat(tracks.trackFor(RejectionReason.NO_NEED_YET).orElseThrow().name())
                .isEqualTo("Education series");
    }
}
