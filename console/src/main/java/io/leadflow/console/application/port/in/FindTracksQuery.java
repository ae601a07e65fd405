package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.NurtureTrack;
import java.util.List;

/** The nurture tracks in force with their steps and how their leads fared, and nurturing's figures overall. */
public interface FindTracksQuery {

    TrackOverview findTracks(Caller caller);

    /** The tracks (each with its own recycle figures) and the figures by reason. */
    record TrackOverview(List<NurtureTrack> tracks, NurtureStatistics statistics) {

        public TrackOverview {
            tracks = List.copyOf(tracks);
        }
    }
}
