package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.RecycleRate;
import io.leadflow.console.application.port.in.FindTracksQuery;
import io.leadflow.console.application.port.out.NurtureApi;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The tracks by name, each with the recycle figures nurturing counted for its key. */
@Service
class FindTracksService implements FindTracksQuery {

    private final NurtureApi nurture;

    FindTracksService(NurtureApi nurture) {
        this.nurture = nurture;
    }

    @Override
    public TrackOverview findTracks(Caller caller) {
        NurtureStatistics statistics = nurture.statistics(caller);
        Map<String, RecycleRate> byTrack = statistics.byTrack().stream()
                .collect(Collectors.toMap(RecycleRate::key, Function.identity(), (a, b) -> a));
        List<NurtureTrack> tracks = nurture.tracks(caller).stream()
                .map(track -> new NurtureTrack(
                        track.key(),
                        track.name(),
                        track.cadence(),
                        track.version(),
                        track.reasons(),
                        track.belowThreshold(),
                        track.steps(),
                        byTrack.get(track.key()),
                        track.definition()))
                .sorted(Comparator.comparing(NurtureTrack::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new TrackOverview(tracks, statistics);
    }
}
