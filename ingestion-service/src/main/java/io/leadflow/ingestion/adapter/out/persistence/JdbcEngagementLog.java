package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.domain.ConsentSignal;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcEngagementLog implements EngagementLog {

    private static final TypeReference<Map<String, String>> PROPERTIES = new TypeReference<>() {};
    private static final String COLUMNS = "event_id, lead_id, identity, type, custom_type, channel, occurred_at, "
            + "source, campaign, properties::text, correlation_id, source_api, api_key_id, consent_marketing, "
            + "consent_profiling";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    JdbcEngagementLog(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    @Override
    public Set<UUID> appendAll(List<Engagement> engagements) {
        int[][] counts = template.batchUpdate("""
                insert into engagement (event_id, lead_id, identity, type, custom_type, channel, occurred_at, source,
                                        campaign, properties, correlation_id, source_api, api_key_id,
                                        consent_marketing, consent_profiling)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)
                on conflict (event_id) do nothing""", engagements, engagements.size(), (ps, e) -> {
            ps.setObject(1, e.eventId());
            ps.setObject(2, e.leadId() == null ? null : e.leadId().value());
            ps.setString(3, e.identity());
            ps.setString(4, e.type().name());
            ps.setString(5, e.customType());
            ps.setString(6, e.channel().name());
            ps.setTimestamp(7, Timestamp.from(e.occurredAt()));
            ps.setString(8, e.source());
            ps.setString(9, e.campaign());
            ps.setString(10, json.writeValueAsString(e.properties()));
            ps.setString(11, e.correlationId());
            ps.setString(12, e.sourceApi());
            ps.setString(13, e.apiKeyId());
            ps.setObject(14, e.consent() == null ? null : e.consent().marketing(), Types.BOOLEAN);
            ps.setObject(15, e.consent() == null ? null : e.consent().profiling(), Types.BOOLEAN);
        });
        Set<UUID> appended = new HashSet<>();
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count == 1) {
                    appended.add(engagements.get(i).eventId());
                }
                i++;
            }
        }
        return appended;
    }

    @Override
    public Map<UUID, Engagement> findAll(Collection<UUID> eventIds) {
        Map<UUID, Engagement> found = new HashMap<>();
        if (eventIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + COLUMNS + " from engagement where event_id in (:ids)")
                .param("ids", List.copyOf(eventIds))
                .query(this::map)
                .list()
                .forEach(e -> found.put(e.eventId(), e));
        return found;
    }

    @Override
    public List<Engagement> attributePending(String identity, LeadId lead) {
        return jdbc.sql("update engagement set lead_id = :lead where identity = :identity and lead_id is null "
                        + "returning " + COLUMNS)
                .param("lead", lead.value())
                .param("identity", identity)
                .query(this::map)
                .list();
    }

    @Override
    public List<Engagement> ofLead(LeadId lead, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from engagement where lead_id = :lead "
                        + "order by occurred_at desc, event_id offset :offset limit :limit")
                .param("lead", lead.value())
                .param("offset", offset)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    @Override
    public long countOfLead(LeadId lead) {
        return jdbc.sql("select count(*) from engagement where lead_id = :lead")
                .param("lead", lead.value())
                .query(Long.class)
                .single();
    }

    private Engagement map(ResultSet rs, int row) throws SQLException {
        UUID lead = rs.getObject(2, UUID.class);
        return new Engagement(
                rs.getObject(1, UUID.class),
                lead == null ? null : new LeadId(lead),
                rs.getString(3),
                EngagementType.valueOf(rs.getString(4)),
                rs.getString(5),
                Channel.valueOf(rs.getString(6)),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8),
                rs.getString(9),
                json.readValue(rs.getString(10), PROPERTIES),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                ConsentSignal.of(rs.getObject(14, Boolean.class), rs.getObject(15, Boolean.class)));
    }
}
