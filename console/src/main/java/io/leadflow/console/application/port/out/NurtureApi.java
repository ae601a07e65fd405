package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.RejectedLead;
import io.leadflow.console.application.TrackDefinition;
import java.util.List;
import java.util.Map;

/**
 * Nurturing's API as the caller may see it: rejected leads (and their CSV export), the tracks (read and defined),
 * the figures.
 */
public interface NurtureApi {

    /** One page of rejected leads, newest first, with how many match in all. */
    Page rejected(Caller caller, Map<String, String> filters, int page, int size);

    /** Every rejected lead the filters match, as nurturing's CSV. */
    String rejectedCsv(Caller caller, Map<String, String> filters);

    /** The tracks in force, without figures. */
    List<NurtureTrack> tracks(Caller caller);

    /** One track as marketing wrote it (404 as an ApiRefusal for an unknown key). */
    TrackDefinition track(Caller caller, String key);

    /** A new track; 409 when the key is taken, 400 naming the field for a broken rule. */
    void createTrack(Caller caller, TrackDefinition track);

    /** The track's next version (the definition's key names it). */
    void updateTrack(Caller caller, TrackDefinition track);

    /** The figures of the last 90 days. */
    NurtureStatistics statistics(Caller caller);

    /** A page of rejected leads as nurturing counted them. */
    record Page(List<RejectedLead> leads, int page, int size, long total) {

        public Page {
            leads = List.copyOf(leads);
        }
    }
}
