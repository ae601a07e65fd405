package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.NurtureTracks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the tracks and their reasons; a handful of rows, read whole. */
@Repository
class JdbcNurtureTrackCatalogue implements NurtureTrackCatalogue {

    private record Row(String key, String name, String cadence, String reason) {
    }

    private final JdbcClient jdbc;

    JdbcNurtureTrackCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public NurtureTracks current() {
        List<Row> rows = jdbc.sql("""
                select t.key, t.name, t.cadence, r.reason
                from nurture_track t left join track_reason r on r.track_key = t.key
                order by t.key, r.reason""")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
        return new NurtureTracks(byKey.values().stream()
                .map(JdbcNurtureTrackCatalogue::track)
                .flatMap(Optional::stream)
                .toList());
    }

    /** A track that has no reason left takes no leads, so it is not in force. */
    private static Optional<NurtureTrack> track(List<Row> rows) {
        Set<RejectionReason> reasons = EnumSet.noneOf(RejectionReason.class);
        rows.stream().map(Row::reason).filter(Objects::nonNull).map(RejectionReason::valueOf).forEach(reasons::add);
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.getFirst();
        return Optional.of(new NurtureTrack(first.key(), first.name(), reasons, first.cadence()));
    }
}
