package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.domain.Engagement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The lead_event table: one row per engagement, keyed by event id, read per lead in time order. */
@Repository
class JdbcLeadEventStore implements LeadEventStore {

    static final String COLUMNS =
            "select lead_id, event_id, type, custom_type, channel, source, campaign, properties::text, occurred_at";
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

    private static final String INSERT = """
            insert into lead_event (event_id, lead_id, occurred_at, type, custom_type, channel, source, campaign,
                properties)
            values (:eventId, :leadId, :occurredAt, :type, :customType, :channel, :source, :campaign,
                cast(:properties as jsonb))
            on conflict (event_id) do nothing""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final JsonMapper json;

    JdbcLeadEventStore(JdbcClient jdbc, NamedParameterJdbcOperations batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    @Override
    public boolean add(LeadId leadId, Engagement event) {
        return batch.update(INSERT, row(leadId, event)) == 1;
    }

    /** One JDBC batch for all events (one round trip); an update count of 1 means stored now. */
    @Override
    public Set<UUID> addAll(Map<LeadId, List<Engagement>> eventsByLead) {
        List<Engagement> events = new ArrayList<>();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        eventsByLead.forEach((lead, list) -> list.forEach(event -> {
            events.add(event);
            rows.add(row(lead, event));
        }));
        Set<UUID> stored = new HashSet<>();
        if (rows.isEmpty()) {
            return stored;
        }
        int[] counts = batch.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 1) {
                stored.add(events.get(i).eventId());
            }
        }
        return stored;
    }

    private MapSqlParameterSource row(LeadId leadId, Engagement event) {
        return new MapSqlParameterSource()
                .addValue("eventId", event.eventId())
                .addValue("leadId", leadId.value())
                .addValue("occurredAt", LeadRows.timestamp(event.occurredAt()))
                .addValue("type", event.type().name())
                .addValue("customType", event.customType(), Types.VARCHAR)
                .addValue("channel", event.channel().name())
                .addValue("source", event.source(), Types.VARCHAR)
                .addValue("campaign", event.campaign(), Types.VARCHAR)
                .addValue(
                        "properties",
                        event.properties().isEmpty() ? null : json.writeValueAsString(event.properties()),
                        Types.VARCHAR);
    }

    @Override
    public List<Engagement> history(LeadId leadId) {
        return jdbc.sql(COLUMNS + " from lead_event where lead_id = :leadId order by occurred_at, event_id")
                .param("leadId", leadId.value())
                .query((rs, n) -> engagement(rs))
                .list();
    }

    @Override
    public Map<LeadId, List<Engagement>> histories(Collection<LeadId> leads) {
        Map<LeadId, List<Engagement>> histories = new HashMap<>();
        if (leads.isEmpty()) {
            return histories;
        }
        jdbc.sql(COLUMNS + " from lead_event where lead_id in (:ids) order by lead_id, occurred_at, event_id")
                .param("ids", leads.stream().map(LeadId::value).toList())
                .query(rs -> {
                    histories
                            .computeIfAbsent(new LeadId(rs.getObject(1, UUID.class)), id -> new ArrayList<>())
                            .add(engagement(rs));
                });
        return histories;
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from lead_event").query(Long.class).single();
    }

    Engagement engagement(ResultSet rs) throws SQLException {
        String properties = rs.getString(8);
        return new Engagement(
                rs.getObject(2, UUID.class),
                EngagementType.valueOf(rs.getString(3)),
                rs.getString(4),
                Channel.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                properties == null ? Map.of() : json.readValue(properties, STRINGS),
                LeadRows.instant(rs, 9));
    }
}
