package io.leadflow.support.consent;

import io.leadflow.kernel.event.ConsentChangedEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local copy of the suppression list that every service which could contact or profile a person keeps, in its
 * {@code consent_copy} table (one row per lead, created by the service's own migration). Ingestion owns the list and
 * announces each change as {@code ConsentChanged} with a growing revision; {@link #keep} stores an event only when its
 * revision is newer than the stored one, so a redelivered or late event never undoes a newer standing. Runs in the
 * caller's transaction. A service's consent adapter extends this class.
 */
public class JdbcConsentCopies {

    private static final String COLUMNS = "lead_id, contact_suppressed, suppressed_since, suppressed_because,"
            + " profiling_objected, objected_since, revision";

    private final JdbcClient jdbc;

    public JdbcConsentCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the standing the event carries if it is newer than the one stored; true when it was kept. */
    public boolean keep(ConsentChangedEvent e) {
        return jdbc.sql("""
                        insert into consent_copy (lead_id, contact_suppressed, suppressed_since, suppressed_because,
                            profiling_objected, objected_since, revision, updated_at)
                        values (:lead, :suppressed, :since, :because, :objected, :objectedSince, :revision, now())
                        on conflict (lead_id) do update set contact_suppressed = excluded.contact_suppressed,
                            suppressed_since = excluded.suppressed_since,
                            suppressed_because = excluded.suppressed_because,
                            profiling_objected = excluded.profiling_objected,
                            objected_since = excluded.objected_since, revision = excluded.revision,
                            updated_at = excluded.updated_at
                        where consent_copy.revision < excluded.revision""")
                        .param("lead", e.metadata().leadId())
                        .param("suppressed", e.contactSuppressed())
                        .param("since", timestamp(e.suppressedSince()))
                        .param("because", e.suppressedBecause())
                        .param("objected", e.profilingObjected())
                        .param("objectedSince", timestamp(e.objectedSince()))
                        .param("revision", e.revision())
                        .update()
                == 1;
    }

    public Optional<ConsentCopy> find(UUID lead) {
        return jdbc.sql("select " + COLUMNS + " from consent_copy where lead_id = :lead")
                .param("lead", lead)
                .query(JdbcConsentCopies::map)
                .optional();
    }

    /** The standings of these leads that are stored (a lead without one has no consent signal: all allowed). */
    public List<ConsentCopy> findAll(Collection<UUID> leads) {
        if (leads.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from consent_copy where lead_id in (:leads)")
                .param("leads", List.copyOf(leads))
                .query(JdbcConsentCopies::map)
                .list();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static ConsentCopy map(ResultSet rs, int row) throws SQLException {
        return new ConsentCopy(
                rs.getObject("lead_id", UUID.class),
                rs.getBoolean("contact_suppressed"),
                instant(rs, "suppressed_since"),
                rs.getString("suppressed_because"),
                rs.getBoolean("profiling_objected"),
                instant(rs, "objected_since"),
                rs.getLong("revision"));
    }
}
