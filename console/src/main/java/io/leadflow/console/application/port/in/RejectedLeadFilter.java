package io.leadflow.console.application.port.in;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What marketing filters rejected leads by, as nurturing takes it: reason (code), rep (who rejected), from / to
 * (dates, UTC; to exclusive), track (key), and the page ({@link #SIZE} a page). Blank fields filter nothing.
 */
public record RejectedLeadFilter(
        @Nullable String reason,
        @Nullable String rep,
        @Nullable String from,
        @Nullable String to,
        @Nullable String track,
        int page) {

    public static final int SIZE = 50;

    public RejectedLeadFilter {
        reason = Filters.text(reason);
        rep = Filters.text(rep);
        from = Filters.text(from);
        to = Filters.text(to);
        track = Filters.text(track);
        page = Math.max(0, page);
    }

    public static RejectedLeadFilter of(
            @Nullable String reason,
            @Nullable String rep,
            @Nullable String from,
            @Nullable String to,
            @Nullable String track,
            @Nullable String page) {
        return new RejectedLeadFilter(reason, rep, from, to, track, Filters.page(page));
    }

    public boolean narrowed() {
        return reason != null || rep != null || from != null || to != null || track != null;
    }

    /** The filters that are set, by nurturing's query parameter names, without the page. */
    public Map<String, String> filters() {
        Map<String, String> set = new LinkedHashMap<>();
        Filters.put(set, "reason", reason);
        Filters.put(set, "rep", rep);
        Filters.put(set, "from", from);
        Filters.put(set, "to", to);
        Filters.put(set, "track", track);
        return set;
    }
}
