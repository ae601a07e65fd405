package io.leadflow.nurturing.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.domain.DefaultTracks;
import io.leadflow.nurturing.domain.EntryReason;
import io.leadflow.nurturing.domain.ExitConditions;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.TrackStep;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What every {@link NurtureTrackCatalogue} does, whether it keeps tracks in memory or in PostgreSQL. */
public abstract class NurtureTrackCatalogueContract {

    protected abstract NurtureTrackCatalogue catalogue();

    @Test
    void a_new_installation_has_the_default_tracks_in_force() {
        assertThat(catalogue().current().all())
                .containsExactlyInAnyOrderElementsOf(DefaultTracks.catalogue().all());
        assertThat(catalogue().currentForChange().all())
                .containsExactlyInAnyOrderElementsOf(DefaultTracks.catalogue().all());
    }

    @Test
    void a_saved_new_track_is_in_force_with_its_reasons_steps_and_exits() {
        NurtureTrack competitor = new NurtureTrack(
                "decision-maker-watch",
                "Competitor watch",
                "a comparison sheet, then a check-in after their contract year",
                List.of(
                        new EntryReason(RejectionReason.NOT_DECISION_MAKER, 5),
                        new EntryReason(RejectionReason.TIMING, 3)),
                OptionalInt.of(7),
                List.of(
                        new TrackStep("Comparison", "How we compare", Duration.ofDays(2)),
                        new TrackStep("Check-in", "Contract renewal coming up?", Duration.ofDays(300))),
                new ExitConditions(true, false, true, Optional.empty()),
                1);

        catalogue().save(competitor);

        assertThat(catalogue().current().find("decision-maker-watch")).contains(competitor);
        assertThat(catalogue().current().trackFor(RejectionReason.NOT_DECISION_MAKER))
                .contains(competitor);
        assertThat(catalogue().current().trackFor(RejectionReason.TIMING)).contains(competitor);
        assertThat(catalogue().current().trackForBelowThreshold()).contains(competitor);
        assertThat(catalogue().current().all())
                .hasSize(DefaultTracks.catalogue().all().size() + 1);
    }

    @Test
    void a_paused_track_is_kept_but_takes_no_leads_until_activated_again() {
        NurtureTrack education = DefaultTracks.EDUCATION_SERIES;
        NurtureTrack paused = education.revisedAs(new NurtureTrack(
                education.key(),
                education.name(),
                education.cadence(),
                education.entries(),
                education.belowThresholdPriority(),
                education.steps(),
                education.exits(),
                1,
                false));

        catalogue().save(paused);

        assertThat(catalogue().current().find(education.key())).contains(paused);
        assertThat(catalogue().current().find(education.key()).orElseThrow().active())
                .isFalse();
        education
                .entries()
                .forEach(entry -> assertThat(catalogue().current().trackFor(entry.reason()))
                        .isNotEqualTo(Optional.of(paused)));

        NurtureTrack again = paused.revisedAs(education);
        catalogue().save(again);
        assertThat(catalogue().current().find(education.key()).orElseThrow().active())
                .isTrue();
    }

    @Test
    void a_saved_revision_replaces_the_track_of_the_same_key() {
        NurtureTrack revision = DefaultTracks.EDUCATION_SERIES.revisedAs(new NurtureTrack(
                DefaultTracks.EDUCATION_SERIES.key(),
                "Education series, shorter",
                "one article a month",
                List.of(new EntryReason(RejectionReason.NO_NEED_YET, 2)),
                OptionalInt.empty(),
                List.of(new TrackStep("Getting started guide", "The basics", Duration.ofDays(30))),
                new ExitConditions(true, true, true, Optional.of(Duration.ofDays(90))),
                1));

        catalogue().save(revision);

        assertThat(catalogue().current().find(revision.key())).contains(revision);
        assertThat(catalogue().current().all())
                .hasSize(DefaultTracks.catalogue().all().size());
    }
}
