package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.SettingsChange;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one settings row (seeded by migration V3). */
@Repository
class JdbcSettingsStore implements SettingsStore {

    private final JdbcClient jdbc;

    JdbcSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public NurtureSettings current() {
        return jdbc.sql("""
                select recycle_threshold, below_threshold_enrolment, qualification_threshold,
                       below_threshold_after_seconds
                from nurture_settings where id = 1""")
                .query((rs, n) -> new NurtureSettings(
                        rs.getInt(1), rs.getBoolean(2), rs.getInt(3), Duration.ofSeconds(rs.getLong(4))))
                .optional()
                .orElse(NurtureSettings.DEFAULT);
    }

    @Override
    public void save(NurtureSettings s) {
        jdbc.sql("""
                insert into nurture_settings (id, recycle_threshold, below_threshold_enrolment,
                    qualification_threshold, below_threshold_after_seconds)
                values (1, :recycle, :enabled, :qualification, :after)
                on conflict (id) do update set recycle_threshold = excluded.recycle_threshold,
                    below_threshold_enrolment = excluded.below_threshold_enrolment,
                    qualification_threshold = excluded.qualification_threshold,
                    below_threshold_after_seconds = excluded.below_threshold_after_seconds, updated_at = now()""")
                .param("recycle", s.recycleThreshold())
                .param("enabled", s.belowThresholdEnrolment())
                .param("qualification", s.qualificationThreshold())
                .param("after", s.belowThresholdAfter().toSeconds())
                .update();
    }

    @Override
    public void recordChange(SettingsChange change) {
        jdbc.sql("update nurture_settings set updated_by = :actor, updated_at = :at where id = 1")
                .param("actor", change.actor())
                .param("at", java.sql.Timestamp.from(change.at()))
                .update();
    }

    @Override
    public Optional<SettingsChange> lastChange() {
        return jdbc.sql("select updated_by, updated_at from nurture_settings where id = 1 and updated_by is not null")
                .query((rs, n) ->
                        new SettingsChange(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }
}
