package io.leadflow.nurturing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NurtureTracksTest {

    private static final List<TrackStep> ONE_STEP = List.of(new TrackStep("Hello", "Welcome", Duration.ofDays(1)));

    private static NurtureTrack track(String key, List<EntryReason> reasons) {
        return new NurtureTrack(
                key, "Track " + key, "weekly", reasons, OptionalInt.empty(), ONE_STEP, ExitConditions.DEFAULT, 1);
    }

    @Test
    void an_inactive_track_takes_no_leads_and_ties_with_no_active_track_until_it_is_activated_again() {
        NurtureTrack paused = new NurtureTrack(
                "paused",
                "Paused",
                "weekly",
                List.of(new EntryReason(RejectionReason.TIMING, 9)),
                OptionalInt.of(3),
                ONE_STEP,
                ExitConditions.DEFAULT,
                2,
                false);
        NurtureTrack running = track("running", List.of(new EntryReason(RejectionReason.TIMING, 9)));

        NurtureTracks tracks = new NurtureTracks(List.of(paused, running));

        assertThat(tracks.trackFor(RejectionReason.TIMING)).contains(running);
        assertThat(tracks.trackForBelowThreshold()).isEmpty();
        assertThat(tracks.find("paused")).contains(paused);
        NurtureTrack activated = paused.revisedAs(new NurtureTrack(
                "paused",
                "Paused",
                "weekly",
                List.of(new EntryReason(RejectionReason.TIMING, 9)),
                OptionalInt.of(3),
                ONE_STEP,
                ExitConditions.DEFAULT,
                1,
                true));
        assertThat(activated.active()).isTrue();
        assertThat(activated.version()).isEqualTo(3);
        assertThatThrownBy(() -> tracks.with(activated))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule())
                .isEqualTo("track.reasons.priority");
    }

    @Test
    void a_track_cannot_take_leads_that_are_disqualified() {
        assertThatThrownBy(() -> new EntryReason(RejectionReason.COMPETITOR, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("COMPETITOR")
                .extracting(e -> ((InvalidValueException) e).rule())
                .isEqualTo("track.reasons.nurturable");
    }

    @Test
    void a_track_takes_at_least_one_reason() {
        assertThatThrownBy(() -> track("empty", List.of()))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("reasons");
    }

    @Test
    void a_track_without_steps_is_refused_naming_the_steps() {
        assertThatThrownBy(() -> new NurtureTrack(
                        "silent",
                        "Silent",
                        "",
                        List.of(new EntryReason(RejectionReason.TIMING, 0)),
                        OptionalInt.empty(),
                        List.of(),
                        ExitConditions.DEFAULT,
                        1))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("steps");
    }

    @Test
    void a_negative_delay_is_refused() {
        assertThatThrownBy(() -> new TrackStep("Back to the future", "x", Duration.ofDays(-1)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule())
                .isEqualTo("step.delay.negative");
    }

    @Test
    void a_track_key_is_lower_case_words_joined_by_dashes() {
        assertThatThrownBy(() -> track("Quarterly Check", List.of(new EntryReason(RejectionReason.TIMING, 0))))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("key");
    }

    @Test
    void two_tracks_taking_one_reason_at_the_same_priority_are_refused() {
        var first = track("first", List.of(new EntryReason(RejectionReason.TIMING, 0)));
        var second = track(
                "second",
                List.of(new EntryReason(RejectionReason.OTHER, 0), new EntryReason(RejectionReason.TIMING, 0)));

        assertThatThrownBy(() -> new NurtureTracks(List.of(first, second)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("TIMING is taken by both first and second")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("reasons[1].priority");
    }

    @Test
    void of_two_tracks_taking_one_reason_the_higher_priority_wins() {
        var usual = track("usual", List.of(new EntryReason(RejectionReason.TIMING, 0)));
        var special = track("special", List.of(new EntryReason(RejectionReason.TIMING, 5)));

        assertThat(new NurtureTracks(List.of(usual, special)).trackFor(RejectionReason.TIMING))
                .contains(special);
        assertThat(new NurtureTracks(List.of(special, usual)).trackFor(RejectionReason.TIMING))
                .contains(special);
    }

    @Test
    void steps_are_due_one_after_the_other_from_the_enrolment() {
        var track = new NurtureTrack(
                "cadence",
                "Cadence",
                "",
                List.of(new EntryReason(RejectionReason.TIMING, 0)),
                OptionalInt.empty(),
                List.of(
                        new TrackStep("a", "A", Duration.ofDays(1)),
                        new TrackStep("b", "B", Duration.ZERO),
                        new TrackStep("c", "C", Duration.ofHours(6))),
                ExitConditions.DEFAULT,
                1);
        Instant enrolled = Instant.parse("2026-11-02T10:00:00Z");

        assertThat(track.schedule(UUID.randomUUID(), LeadId.newId(), enrolled))
                .extracting(ScheduledStep::dueAt)
                .containsExactly(
                        Instant.parse("2026-11-03T10:00:00Z"),
                        Instant.parse("2026-11-03T10:00:00Z"),
                        Instant.parse("2026-11-03T16:00:00Z"));
    }

    @Test
    void a_reason_no_track_takes_finds_no_track() {
        var only = new NurtureTracks(List.of(DefaultTracks.QUARTERLY_CHECK_IN));

        assertThat(only.trackFor(RejectionReason.TIMING)).contains(DefaultTracks.QUARTERLY_CHECK_IN);
        assertThat(only.trackFor(RejectionReason.NO_BUDGET)).isEmpty();
    }
}
