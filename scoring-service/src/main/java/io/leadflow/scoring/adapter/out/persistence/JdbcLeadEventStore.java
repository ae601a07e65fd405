package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.domain.Engagement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The lead_event table: one row per engagement, keyed by event id, read per lead in time order. */
@Repository
class JdbcLeadEventStore implements LeadEventStore {

    static final String COLUMNS =
            "select lead_id, event_id, type, custom_type, channel, source, campaign, properties::text, occurred_at";
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcLeadEventStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean add(LeadId leadId, Engagement event) {
        return jdbc.sql("""
                insert into lead_event (event_id, lead_id, occurred_at, type, custom_type, channel, source, campaign,
                    properties)
                values (:eventId, :leadId, :occurredAt, :type, :customType, :channel, :source, :campaign,
                    cast(:properties as jsonb))
                on conflict (event_id) do nothing""")
                .param("eventId", event.eventId())
                .param("leadId", leadId.value())
                .param("occurredAt", LeadRows.timestamp(event.occurredAt()))
                .param("type", event.type().name())
                .param("customType", event.customType())
                .param("channel", event.channel().name())
                .param("source", event.source())
                .param("campaign", event.campaign())
                .param("properties", event.properties().isEmpty() ? null : json.writeValueAsString(event.properties()))
                .update() == 1;
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
                    histories.computeIfAbsent(new LeadId(rs.getObject(1, UUID.class)), id -> new ArrayList<>())
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
        return new Engagement(rs.getObject(2, UUID.class), EngagementType.valueOf(rs.getString(3)), rs.getString(4),
                Channel.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                properties == null ? Map.of() : json.readValue(properties, STRINGS), LeadRows.instant(rs, 9));
    }
}
