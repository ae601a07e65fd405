package io.leadflow.console.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.TrackDefinition;
import io.leadflow.console.application.port.out.NurtureApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeTrackServiceTest {

    private static final Caller MARKETER = new Caller("m@example.com", Set.of("marketing"), "t");
    private static final TrackDefinition TIMING = new TrackDefinition(
            "timing",
            "Timing",
            "monthly",
            List.of(new TrackDefinition.Reason("timing", 10)),
            null,
            List.of(new TrackDefinition.Step("Hello", "Hi", "P14D")),
            new TrackDefinition.Exit(true, false, true, "P180D"),
            true);

    private final StoredTracks nurture = new StoredTracks();
    private final ChangeTrackService service = new ChangeTrackService(nurture);

    @Test
    void pausing_sends_the_track_as_it_stands_with_active_false_and_resuming_turns_it_back() {
        nurture.stored.put("timing", TIMING);

        service.setTrackActive(MARKETER, "timing", false);
        assertThat(nurture.stored.get("timing")).isEqualTo(TIMING.withActive(false));

        service.setTrackActive(MARKETER, "timing", true);
        assertThat(nurture.stored.get("timing")).isEqualTo(TIMING);
        assertThat(nurture.updates).hasSize(2);
    }

    @Test
    void pausing_a_paused_track_sends_nothing_so_no_version_is_added() {
        nurture.stored.put("timing", TIMING.withActive(false));

        service.setTrackActive(MARKETER, "timing", false);

        assertThat(nurture.updates).isEmpty();
    }

    @Test
    void a_new_and_a_changed_track_go_to_nurturing_as_written() {
        service.createTrack(MARKETER, TIMING);
        TrackDefinition shorter = new TrackDefinition(
                "timing", "Timing", "", TIMING.reasons(), 2, TIMING.steps(), TrackDefinition.Exit.DEFAULT, true);
        service.updateTrack(MARKETER, shorter);

        assertThat(nurture.stored.get("timing")).isEqualTo(shorter);
    }

    /** Nurturing's tracks as the API would keep them. */
    private static final class StoredTracks implements NurtureApi {

        final Map<String, TrackDefinition> stored = new LinkedHashMap<>();
        final List<TrackDefinition> updates = new ArrayList<>();

        @Override
        public Page rejected(Caller caller, Map<String, String> filters, int page, int size) {
            return new Page(List.of(), page, size, 0);
        }

        @Override
        public String rejectedCsv(Caller caller, Map<String, String> filters) {
            return "";
        }

        @Override
        public List<NurtureTrack> tracks(Caller caller) {
            return List.of();
        }

        @Override
        public TrackDefinition track(Caller caller, String key) {
            return stored.get(key);
        }

        @Override
        public void createTrack(Caller caller, TrackDefinition track) {
            stored.put(track.key(), track);
        }

        @Override
        public void updateTrack(Caller caller, TrackDefinition track) {
            updates.add(track);
            stored.put(track.key(), track);
        }

        @Override
        public NurtureStatistics statistics(Caller caller) {
            return new NurtureStatistics(List.of(), List.of(), List.of(), 0, null, null);
        }
    }
}
