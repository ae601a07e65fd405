package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcEngagementLog implements EngagementLog {

    private static final TypeReference<Map<String, String>> PROPERTIES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcEngagementLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean append(Engagement e) {
        return jdbc.sql("""
                insert into engagement (event_id, lead_id, type, channel, occurred_at, source, campaign, properties)
                values (:eventId, :leadId, :type, :channel, :occurredAt, :source, :campaign, cast(:properties as jsonb))
                on conflict (event_id) do nothing""")
                .param("eventId", e.eventId())
                .param("leadId", e.leadId().value())
                .param("type", e.type().name())
                .param("channel", e.channel().name())
                .param("occurredAt", Timestamp.from(e.occurredAt()))
                .param("source", e.source())
                .param("campaign", e.campaign())
                .param("properties", json.writeValueAsString(e.properties()))
                .update() == 1;
    }

    @Override
    public Optional<Engagement> find(UUID eventId) {
        return jdbc.sql("""
                select event_id, lead_id, type, channel, occurred_at, source, campaign, properties::text
                from engagement where event_id = :eventId""")
                .param("eventId", eventId)
                .query(this::map)
                .optional();
    }

    private Engagement map(ResultSet rs, int row) throws SQLException {
        return new Engagement(rs.getObject(1, UUID.class), new LeadId(rs.getObject(2, UUID.class)),
                EngagementType.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)),
                rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
                json.readValue(rs.getString(8), PROPERTIES));
    }
}
