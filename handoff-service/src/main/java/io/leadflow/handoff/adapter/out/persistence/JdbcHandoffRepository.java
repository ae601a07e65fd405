package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.Qualification;
import io.leadflow.handoff.domain.Rejection;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcHandoffRepository implements HandoffRepository {

    private static final TypeReference<List<String>> REASONS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            select id, lead_id, qualification_event_id, correlation_id, status, stage, rep_id, assigned_by,
                created_at, assigned_at, score, fast_track, reasons::text, qualified_at, accepted_at,
                rejection_reason, rejection_note, rejected_by, rejected_at
            from handoff""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcHandoffRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(Handoff h) {
        Qualification q = h.qualification();
        jdbc.sql("""
                insert into handoff (id, lead_id, qualification_event_id, correlation_id, status, stage, rep_id,
                    assigned_by, created_at, assigned_at, score, fast_track, reasons, qualified_at)
                values (:id, :leadId, :eventId, :correlationId, :status, :stage, :repId, :assignedBy, :createdAt,
                    :assignedAt, :score, :fastTrack, cast(:reasons as jsonb), :qualifiedAt)""")
                .param("id", h.id().value())
                .param("leadId", h.leadId().value())
                .param("eventId", q.eventId())
                .param("correlationId", q.correlationId())
                .param("status", h.status().name())
                .param("stage", h.stage().name())
                .param("repId", h.repId() == null ? null : h.repId().value())
                .param("assignedBy", h.assignedBy())
                .param("createdAt", JdbcTimes.at(h.createdAt()))
                .param("assignedAt", JdbcTimes.at(h.assignedAt()))
                .param("score", q.score())
                .param("fastTrack", q.fastTrack())
                .param("reasons", json.writeValueAsString(q.reasons()))
                .param("qualifiedAt", JdbcTimes.at(q.qualifiedAt()))
                .update();
    }

    @Override
    public void save(Handoff h) {
        Rejection r = h.rejection();
        jdbc.sql("""
                update handoff set status = :status, stage = :stage, rep_id = :repId, assigned_by = :assignedBy,
                    assigned_at = :assignedAt, accepted_at = :acceptedAt, rejection_reason = :reason,
                    rejection_note = :note, rejected_by = :rejectedBy, rejected_at = :rejectedAt
                where id = :id""")
                .param("id", h.id().value())
                .param("status", h.status().name())
                .param("stage", h.stage().name())
                .param("repId", h.repId() == null ? null : h.repId().value())
                .param("assignedBy", h.assignedBy())
                .param("assignedAt", JdbcTimes.at(h.assignedAt()))
                .param("acceptedAt", JdbcTimes.at(h.acceptedAt()))
                .param("reason", r == null ? null : r.reason().name())
                .param("note", r == null ? null : r.note())
                .param("rejectedBy", r == null ? null : r.rejectedBy().toString())
                .param("rejectedAt", r == null ? null : JdbcTimes.at(r.rejectedAt()))
                .update();
    }

    @Override
    public Optional<Handoff> find(HandoffId id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id.value()).query(this::map).optional();
    }

    @Override
    public Optional<Handoff> lock(HandoffId id) {
        return jdbc.sql(COLUMNS + " where id = :id for update").param("id", id.value()).query(this::map).optional();
    }

    @Override
    public List<Handoff> findByLead(LeadId leadId) {
        return jdbc.sql(COLUMNS + " where lead_id = :leadId order by created_at desc, id")
                .param("leadId", leadId.value())
                .query(this::map)
                .list();
    }

    private Handoff map(ResultSet rs, int row) throws SQLException {
        Qualification qualification = new Qualification(rs.getObject("qualification_event_id", UUID.class),
                new LeadId(rs.getObject("lead_id", UUID.class)), rs.getInt("score"), rs.getBoolean("fast_track"),
                json.readValue(rs.getString("reasons"), REASONS), JdbcTimes.instant(rs, "qualified_at"),
                rs.getString("correlation_id"));
        UUID repId = rs.getObject("rep_id", UUID.class);
        String reason = rs.getString("rejection_reason");
        Rejection rejection = reason == null ? null : new Rejection(RejectionReason.valueOf(reason),
                rs.getString("rejection_note"), new RepId(UUID.fromString(rs.getString("rejected_by"))),
                JdbcTimes.instant(rs, "rejected_at"));
        return new Handoff(new HandoffId(rs.getObject("id", UUID.class)), qualification,
                HandoffStatus.valueOf(rs.getString("status")), LifecycleStage.valueOf(rs.getString("stage")),
                repId == null ? null : new RepId(repId), rs.getString("assigned_by"),
                JdbcTimes.instant(rs, "created_at"), JdbcTimes.instant(rs, "assigned_at"),
                JdbcTimes.instant(rs, "accepted_at"), rejection);
    }
}
