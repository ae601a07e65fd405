package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.domain.EntryReason;
import io.leadflow.nurturing.domain.ExitConditions;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.NurtureTracks;
import io.leadflow.nurturing.domain.TrackStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tracks with their reasons (rows) and steps (a JSON array, always read and written whole); a handful of rows,
 * read whole. Changes of tracks are serialised by a transaction-scoped advisory lock.
 */
@Repository
class JdbcNurtureTrackCatalogue implements NurtureTrackCatalogue {

    private static final long TRACK_CHANGE_LOCK = 0x6e75727475726531L;

    /** A step as stored: the delay as an ISO-8601 duration. */
    record StoredStep(String name, String content, String delay) {}

    private record Row(
            String key,
            String name,
            String cadence,
            int version,
            Integer belowThreshold,
            String steps,
            boolean onRequalified,
            boolean onUnsubscribed,
            boolean onCompleted,
            Long maxSeconds,
            boolean active) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcNurtureTrackCatalogue(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public NurtureTracks current() {
        Map<String, List<EntryReason>> reasons = new HashMap<>();
        jdbc.sql("select track_key, reason, priority from track_reason order by track_key, priority desc, reason")
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new EntryReason(RejectionReason.valueOf(rs.getString(2)), rs.getInt(3)));
                });
        List<Row> rows = jdbc.sql("""
                select key, name, cadence, version, below_threshold_priority, steps::text, exit_on_requalified,
                       exit_on_unsubscribed, exit_on_completed, max_duration_seconds, active
                from nurture_track order by key""")
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        (Integer) rs.getObject(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getBoolean(8),
                        rs.getBoolean(9),
                        (Long) rs.getObject(10),
                        rs.getBoolean(11)))
                .list();
        return new NurtureTracks(rows.stream()
                .map(r -> track(r, reasons.getOrDefault(r.key(), List.of())))
                .flatMap(Optional::stream)
                .toList());
    }

    @Override
    public NurtureTracks currentForChange() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", TRACK_CHANGE_LOCK)
                .query((rs, n) -> 1)
                .list();
        return current();
    }

    @Override
    public void save(NurtureTrack t) {
        List<StoredStep> steps = t.steps().stream()
                .map(s -> new StoredStep(s.name(), s.content(), s.delay().toString()))
                .toList();
        jdbc.sql("""
                insert into nurture_track (key, name, cadence, version, below_threshold_priority, steps,
                    exit_on_requalified, exit_on_unsubscribed, exit_on_completed, max_duration_seconds, active)
                values (:key, :name, :cadence, :version, :below, cast(:steps as jsonb), :req, :unsub, :done, :max,
                    :active)
                on conflict (key) do update set name = excluded.name, cadence = excluded.cadence,
                    version = excluded.version, below_threshold_priority = excluded.below_threshold_priority,
                    steps = excluded.steps, exit_on_requalified = excluded.exit_on_requalified,
                    exit_on_unsubscribed = excluded.exit_on_unsubscribed,
                    exit_on_completed = excluded.exit_on_completed,
                    max_duration_seconds = excluded.max_duration_seconds, active = excluded.active,
                    updated_at = now()""")
                .param("key", t.key())
                .param("name", t.name())
                .param("cadence", t.cadence())
                .param("version", t.version())
                .param(
                        "below",
                        t.belowThresholdPriority().isPresent()
                                ? t.belowThresholdPriority().getAsInt()
                                : null)
                .param("steps", json.writeValueAsString(steps))
                .param("req", t.exits().onRequalified())
                .param("unsub", t.exits().onUnsubscribed())
                .param("done", t.exits().onCompleted())
                .param("max", t.exits().maxDuration().map(Duration::toSeconds).orElse(null))
                .param("active", t.active())
                .update();
        jdbc.sql("delete from track_reason where track_key = :key")
                .param("key", t.key())
                .update();
        for (EntryReason entry : t.entries()) {
            jdbc.sql("insert into track_reason (reason, track_key, priority) values (:reason, :key, :priority)")
                    .param("reason", entry.reason().name())
                    .param("key", t.key())
                    .param("priority", entry.priority())
                    .update();
        }
    }

    /** A track that takes no leads at all (possible only through old data) is not in force. */
    private Optional<NurtureTrack> track(Row r, List<EntryReason> entries) {
        if (entries.isEmpty() && r.belowThreshold() == null) {
            return Optional.empty();
        }
        List<StoredStep> stored = json.readValue(r.steps(), new TypeReference<List<StoredStep>>() {});
        List<TrackStep> steps = stored.stream()
                .map(s -> new TrackStep(s.name(), s.content(), Duration.parse(s.delay())))
                .toList();
        ExitConditions exits = new ExitConditions(
                r.onRequalified(),
                r.onUnsubscribed(),
                r.onCompleted(),
                Optional.ofNullable(r.maxSeconds()).map(Duration::ofSeconds));
        return Optional.of(new NurtureTrack(
                r.key(),
                r.name(),
                r.cadence(),
                entries,
                r.belowThreshold() == null ? OptionalInt.empty() : OptionalInt.of(r.belowThreshold()),
                steps,
                exits,
                r.version(),
                r.active()));
    }
}
