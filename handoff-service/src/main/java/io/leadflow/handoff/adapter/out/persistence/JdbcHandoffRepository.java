package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.domain.Bant;
import io.leadflow.handoff.domain.Disqualification;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.Qualification;
import io.leadflow.handoff.domain.Rejection;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.Route;
import io.leadflow.handoff.domain.SlaClock;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WinLikelihood;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcHandoffRepository implements HandoffRepository {

    private static final TypeReference<List<String>> REASONS = new TypeReference<>() {};
    private static final TypeReference<List<WinLikelihood>> LIKELIHOODS = new TypeReference<>() {};
    private static final String COLUMNS =
            "select *, reasons::text as reasons_text, bant::text as bant_text, likelihoods::text as likelihoods_text"
                    + " from handoff";
    private static final int WAITING_LIMIT = 500;
    private static final String OPEN = "status not in ('REJECTED', 'DISQUALIFIED', 'WON', 'LOST')";

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
                    assigned_by, created_at, assigned_at, score, fast_track, reasons, qualified_at, accepted_at,
                    segment, channel, source, campaign, fit_grade, priority, likelihoods)
                values (:id, :leadId, :eventId, :correlationId, :status, :stage, :repId, :assignedBy, :createdAt,
                    :assignedAt, :score, :fastTrack, cast(:reasons as jsonb), :qualifiedAt, :acceptedAt,
                    :segment, :channel, :source, :campaign, :grade, :priority, cast(:likelihoods as jsonb))""")
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
                .param("acceptedAt", JdbcTimes.at(h.acceptedAt()))
                .param("segment", q.segment())
                .param("channel", q.channel())
                .param("source", q.source())
                .param("campaign", q.campaign())
                .param("grade", q.fitGrade())
                .param("priority", q.priority().name())
                .param("likelihoods", json.writeValueAsString(q.likelihoods()))
                .update();
        save(h);
    }

    @Override
    public void save(Handoff h) {
        Rejection r = h.rejection();
        SlaClock sla = h.sla();
        Disqualification d = h.disqualification();
        jdbc.sql("""
                update handoff set status = :status, stage = :stage, rep_id = :repId, assigned_by = :assignedBy,
                    assigned_at = :assignedAt, accepted_at = :acceptedAt, rejection_reason = :reason,
                    rejection_note = :note, rejected_by = :rejectedBy, rejected_at = :rejectedAt,
                    team_id = :team, tier = :tier, second_tier_team_id = :second, sla_generation = :generation,
                    sla_started_at = :started, accept_due_at = :acceptDue, decide_due_at = :decideDue,
                    bant = cast(:bant as jsonb), sql_at = :sqlAt, disqualified_reason = :dReason,
                    disqualified_by = :dBy, disqualified_at = :dAt
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
                .param(
                        "team",
                        h.route().team() == null ? null : h.route().team().value())
                .param("tier", h.route().tier())
                .param(
                        "second",
                        h.route().secondTierTeam() == null
                                ? null
                                : h.route().secondTierTeam().value())
                .param("generation", sla == null ? null : sla.generation())
                .param("started", sla == null ? null : JdbcTimes.at(sla.startedAt()))
                .param("acceptDue", sla == null ? null : JdbcTimes.at(sla.acceptDueAt()))
                .param("decideDue", sla == null ? null : JdbcTimes.at(sla.decideDueAt()))
                .param("bant", h.bant() == null ? null : json.writeValueAsString(h.bant()))
                .param("sqlAt", JdbcTimes.at(h.sqlAt()))
                .param("dReason", d == null ? null : d.reason())
                .param("dBy", d == null ? null : d.by())
                .param("dAt", d == null ? null : JdbcTimes.at(d.at()))
                .update();
    }

    @Override
    public Optional<Handoff> find(HandoffId id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    @Override
    public Optional<Handoff> lock(HandoffId id) {
        return jdbc.sql(COLUMNS + " where id = :id for update")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    @Override
    public List<Handoff> findByLead(LeadId leadId) {
        return jdbc.sql(COLUMNS + " where lead_id = :leadId order by created_at desc, id")
                .param("leadId", leadId.value())
                .query(this::map)
                .list();
    }

    @Override
    public Map<RepId, Integer> openLoads() {
        Map<RepId, Integer> loads = new HashMap<>();
        jdbc.sql("select rep_id, count(*) from handoff where rep_id is not null and " + OPEN + " group by rep_id")
                .query(rs -> {
                    loads.put(new RepId(rs.getObject(1, UUID.class)), rs.getInt(2));
                });
        return loads;
    }

    @Override
    public List<HandoffId> findUnassigned(int limit) {
        // a person who objected to profiling is not handed over, so their waiting hand-off never holds a round's place
        return jdbc.sql(
                        "select id from handoff where status = 'UNASSIGNED' and not exists (select 1 from consent_copy c "
                                + "where c.lead_id = handoff.lead_id and c.profiling_objected) order by created_at, id limit :limit")
                .param("limit", limit)
                .query((rs, n) -> new HandoffId(rs.getObject(1, UUID.class)))
                .list();
    }

    @Override
    public List<Handoff> findWaitingForTeams(Set<TeamId> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where status = 'UNASSIGNED' and team_id in (:teams)"
                        + " order by created_at, id limit " + WAITING_LIMIT)
                .param("teams", teams.stream().map(TeamId::value).toList())
                .query(this::map)
                .list();
    }

    @Override
    public List<Handoff> findAllWaiting() {
        return jdbc.sql(COLUMNS + " where status = 'UNASSIGNED' order by created_at, id limit " + WAITING_LIMIT)
                .query(this::map)
                .list();
    }

    @Override
    public List<Handoff> findOpenHeldBy(Set<RepId> reps) {
        return jdbc.sql(COLUMNS + " where rep_id in (:reps) and " + OPEN
                        + " order by coalesce(case status when 'ASSIGNED' then accept_due_at"
                        + " when 'ACCEPTED' then decide_due_at end, 'infinity'), created_at, id limit 1000")
                .param("reps", reps.stream().map(RepId::value).toList())
                .query(this::map)
                .list();
    }

    private Handoff map(ResultSet rs, int row) throws SQLException {
        String priority = rs.getString("priority");
        Qualification qualification = new Qualification(
                rs.getObject("qualification_event_id", UUID.class),
                new LeadId(rs.getObject("lead_id", UUID.class)),
                rs.getInt("score"),
                rs.getBoolean("fast_track"),
                json.readValue(rs.getString("reasons_text"), REASONS),
                JdbcTimes.instant(rs, "qualified_at"),
                rs.getString("correlation_id"),
                rs.getString("segment"),
                rs.getString("channel"),
                rs.getString("source"),
                rs.getString("campaign"),
                rs.getString("fit_grade"),
                json.readValue(rs.getString("likelihoods_text"), LIKELIHOODS));
        UUID repId = rs.getObject("rep_id", UUID.class);
        String reason = rs.getString("rejection_reason");
        Rejection rejection = reason == null
                ? null
                : new Rejection(
                        RejectionReason.valueOf(reason),
                        rs.getString("rejection_note"),
                        new RepId(UUID.fromString(rs.getString("rejected_by"))),
                        JdbcTimes.instant(rs, "rejected_at"));
        UUID team = rs.getObject("team_id", UUID.class);
        UUID second = rs.getObject("second_tier_team_id", UUID.class);
        Route route = new Route(
                team == null ? null : new TeamId(team), rs.getInt("tier"), second == null ? null : new TeamId(second));
        Integer generation = (Integer) rs.getObject("sla_generation");
        SlaClock sla = generation == null
                ? null
                : new SlaClock(
                        priority == null ? qualification.priority() : Priority.valueOf(priority),
                        generation,
                        JdbcTimes.instant(rs, "sla_started_at"),
                        JdbcTimes.instant(rs, "accept_due_at"),
                        JdbcTimes.instant(rs, "decide_due_at"));
        String bant = rs.getString("bant_text");
        String dReason = rs.getString("disqualified_reason");
        return new Handoff(
                new HandoffId(rs.getObject("id", UUID.class)),
                qualification,
                HandoffStatus.valueOf(rs.getString("status")),
                LifecycleStage.valueOf(rs.getString("stage")),
                repId == null ? null : new RepId(repId),
                rs.getString("assigned_by"),
                JdbcTimes.instant(rs, "created_at"),
                JdbcTimes.instant(rs, "assigned_at"),
                JdbcTimes.instant(rs, "accepted_at"),
                rejection,
                route,
                sla,
                bant == null ? null : json.readValue(bant, Bant.class),
                JdbcTimes.instant(rs, "sql_at"),
                dReason == null
                        ? null
                        : new Disqualification(
                                dReason, rs.getString("disqualified_by"), JdbcTimes.instant(rs, "disqualified_at")));
    }
}
