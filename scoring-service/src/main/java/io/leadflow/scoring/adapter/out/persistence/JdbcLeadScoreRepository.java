package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.ScoredEngagement;
import io.leadflow.scoring.domain.ScoringModel;
import io.leadflow.scoring.domain.StageChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead's state over three tables: the lead row (locked {@code for update} by every change), its scored engagements
 * and its timeline. Engagements and timeline entries are only ever inserted ({@code on conflict do nothing}).
 */
@Repository
class JdbcLeadScoreRepository implements LeadScoreRepository {

    private static final String SELECT_LEAD = """
            select lead_id, email, free_mail, profile_at, score, qualified_at, recycle_trigger
            from lead_state where lead_id = :leadId""";

    private record LeadRow(LeadId leadId, ProfileFacts profile, int score, Instant qualifiedAt, String recycle) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;

    JdbcLeadScoreRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public LeadScore lock(LeadId leadId, ScoringModel model) {
        Optional<LeadRow> row = selectLead(leadId, true);
        if (row.isEmpty()) {
            jdbc.sql("insert into lead_state (lead_id) values (:leadId) on conflict do nothing")
                    .param("leadId", leadId.value())
                    .update();
            row = selectLead(leadId, true);
        }
        return restore(row.orElseThrow(), model);
    }

    @Override
    public Optional<LeadScore> find(LeadId leadId, ScoringModel model) {
        return selectLead(leadId, false).map(row -> restore(row, model));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(LeadScore lead) {
        UUID leadId = lead.leadId().value();
        ProfileFacts profile = lead.profile();
        jdbc.sql("""
                update lead_state set stage = :stage, email = :email, free_mail = :freeMail, profile_at = :profileAt,
                    score = :score, qualified_at = :qualifiedAt, recycle_trigger = :recycle, updated_at = now()
                where lead_id = :leadId""")
                .param("stage", lead.stage().name())
                .param("email", profile.email())
                .param("freeMail", profile.freeMail())
                .param("profileAt", timestamp(profile.asOf()))
                .param("score", lead.publishedScore())
                .param("qualifiedAt", timestamp(lead.qualifiedAt().orElse(null)))
                .param("recycle", lead.pendingRecycle().orElse(null))
                .param("leadId", leadId)
                .update();
        batch.batchUpdate("""
                insert into scored_engagement (event_id, lead_id, type, occurred_at, points)
                values (:eventId, :leadId, :type, :occurredAt, :points) on conflict (event_id) do nothing""",
                lead.engagements().stream().map(e -> new MapSqlParameterSource()
                        .addValue("eventId", e.eventId())
                        .addValue("leadId", leadId)
                        .addValue("type", e.type().name())
                        .addValue("occurredAt", timestamp(e.occurredAt()))
                        .addValue("points", lead.model().pointsFor(e.type())))
                        .toArray(MapSqlParameterSource[]::new));
        batch.batchUpdate("""
                insert into timeline (event_id, lead_id, from_stage, to_stage, reason, actor, occurred_at)
                values (:eventId, :leadId, :from, :to, :reason, :actor, :occurredAt) on conflict (event_id) do nothing""",
                lead.timeline().stream().map(c -> new MapSqlParameterSource()
                        .addValue("eventId", c.eventId())
                        .addValue("leadId", leadId)
                        .addValue("from", c.from().name())
                        .addValue("to", c.to().name())
                        .addValue("reason", c.reason())
                        .addValue("actor", c.actor())
                        .addValue("occurredAt", timestamp(c.occurredAt())))
                        .toArray(MapSqlParameterSource[]::new));
    }

    private Optional<LeadRow> selectLead(LeadId leadId, boolean forUpdate) {
        return jdbc.sql(forUpdate ? SELECT_LEAD + " for update" : SELECT_LEAD)
                .param("leadId", leadId.value())
                .query(this::leadRow)
                .optional();
    }

    private LeadScore restore(LeadRow row, ScoringModel model) {
        UUID leadId = row.leadId().value();
        List<ScoredEngagement> engagements = jdbc.sql(
                        "select event_id, type, occurred_at from scored_engagement where lead_id = :leadId")
                .param("leadId", leadId)
                .query((rs, n) -> new ScoredEngagement(rs.getObject(1, UUID.class),
                        EngagementType.valueOf(rs.getString(2)), instant(rs, 3)))
                .list();
        List<StageChange> timeline = jdbc.sql("""
                        select event_id, from_stage, to_stage, reason, actor, occurred_at
                        from timeline where lead_id = :leadId""")
                .param("leadId", leadId)
                .query((rs, n) -> new StageChange(rs.getObject(1, UUID.class),
                        LifecycleStage.valueOf(rs.getString(2)), LifecycleStage.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), instant(rs, 6)))
                .list();
        return LeadScore.restore(row.leadId(), model, engagements, row.profile(), timeline, row.score(),
                row.qualifiedAt(), row.recycle());
    }

    private LeadRow leadRow(ResultSet rs, int n) throws SQLException {
        ProfileFacts profile = new ProfileFacts(rs.getString(2), rs.getBoolean(3), instant(rs, 4));
        return new LeadRow(new LeadId(rs.getObject(1, UUID.class)), profile, rs.getInt(5),
                instant(rs, 6), rs.getString(7));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
