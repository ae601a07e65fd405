package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.SuppressionList;
import io.leadflow.ingestion.domain.Suppression;
import io.leadflow.kernel.LeadId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The suppression list in PostgreSQL: the first signal inserts a lead's row, {@code for update} serialises signals. */
@Repository
class JdbcSuppressionList implements SuppressionList {

    private static final String COLUMNS = "lead_id, contact_suppressed, suppressed_since, suppressed_because,"
            + " profiling_objected, objected_since, revision, changed_by";

    private final JdbcClient jdbc;

    JdbcSuppressionList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Suppression> find(LeadId lead) {
        return jdbc.sql("select " + COLUMNS + " from suppression where lead_id = :lead")
                .param("lead", lead.value())
                .query(JdbcSuppressionList::map)
                .optional();
    }

    @Override
    public Suppression findForUpdate(LeadId lead) {
        jdbc.sql("insert into suppression (lead_id) values (:lead) on conflict (lead_id) do nothing")
                .param("lead", lead.value())
                .update();
        return jdbc.sql("select " + COLUMNS + " from suppression where lead_id = :lead for update")
                .param("lead", lead.value())
                .query(JdbcSuppressionList::map)
                .single();
    }

    @Override
    public void save(Suppression s) {
        jdbc.sql("""
                update suppression set contact_suppressed = :suppressed, suppressed_since = :since,
                    suppressed_because = :because, profiling_objected = :objected, objected_since = :objectedSince,
                    revision = :revision, changed_by = :by, changed_at = now()
                where lead_id = :lead""")
                .param("lead", s.lead().value())
                .param("suppressed", s.contactSuppressed())
                .param("since", time(s.suppressedSince()))
                .param("because", s.suppressedBecause())
                .param("objected", s.profilingObjected())
                .param("objectedSince", time(s.objectedSince()))
                .param("revision", s.revision())
                .param("by", s.changedBy())
                .update();
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Suppression map(ResultSet rs, int row) throws SQLException {
        return new Suppression(
                new LeadId(rs.getObject("lead_id", UUID.class)),
                rs.getBoolean("contact_suppressed"),
                instant(rs, "suppressed_since"),
                rs.getString("suppressed_because"),
                rs.getBoolean("profiling_objected"),
                instant(rs, "objected_since"),
                rs.getLong("revision"),
                rs.getString("changed_by"));
    }
}
