package io.leadflow.console.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.RecycleRate;
import io.leadflow.console.application.RejectedLeadList;
import io.leadflow.console.application.port.in.FindTracksQuery.TrackOverview;
import io.leadflow.console.application.port.in.RejectedLeadFilter;
import io.leadflow.console.application.port.out.NurtureApi;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindTracksServiceTest {

    private static final Caller MARKETER = new Caller("m@example.com", Set.of("marketing"), "t");

    private final NurtureApi nurture = new NurtureApi() {
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
            return List.of(
                    FindTracksServiceTest.track("win-back", "Win back"),
                    FindTracksServiceTest.track("re-engage", "re-engage later"));
        }

        @Override
        public io.leadflow.console.application.TrackDefinition track(Caller caller, String key) {
            throw new UnsupportedOperationException("not read here");
        }

        @Override
        public void createTrack(Caller caller, io.leadflow.console.application.TrackDefinition track) {}

        @Override
        public void updateTrack(Caller caller, io.leadflow.console.application.TrackDefinition track) {}

        @Override
        public NurtureStatistics statistics(Caller caller) {
            return new NurtureStatistics(
                    List.of(), List.of(), List.of(new RecycleRate("win-back", 8, 2, 0.25)), 2, 10.0, 9.0);
        }
    };

    @Test
    void gives_each_track_its_own_figures_and_lists_the_tracks_by_name() {
        TrackOverview overview = new FindTracksService(nurture).findTracks(MARKETER);

        assertThat(overview.tracks()).extracting(NurtureTrack::key).containsExactly("re-engage", "win-back");
        assertThat(overview.tracks().get(0).results()).isNull();
        assertThat(overview.tracks().get(1).results()).isEqualTo(new RecycleRate("win-back", 8, 2, 0.25));
        assertThat(overview.statistics().recycled()).isEqualTo(2);
    }

    @Test
    void the_rejected_list_offers_the_tracks_in_force_as_a_filter() {
        RejectedLeadList list = new FindRejectedLeadsService(nurture)
                .findRejectedLeads(MARKETER, RejectedLeadFilter.of(null, null, null, null, null, "2"));

        assertThat(list.tracks())
                .containsExactly(Map.entry("win-back", "Win back"), Map.entry("re-engage", "re-engage later"));
        assertThat(list.paging().page()).isEqualTo(2);
        assertThat(list.paging().size()).isEqualTo(RejectedLeadFilter.SIZE);
    }

    private static NurtureTrack track(String key, String name) {
        return new NurtureTrack(key, name, null, 1, List.of("timing"), false, List.of(), null);
    }
}
