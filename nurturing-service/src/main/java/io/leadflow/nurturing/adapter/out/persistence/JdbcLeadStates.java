package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.domain.LeadState;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per lead; {@code lock} creates the row first so that two events of a new lead serialise on it. */
@Repository
class JdbcLeadStates implements LeadStates {

    private final JdbcClient jdbc;

    JdbcLeadStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LeadState lock(LeadId leadId) {
        jdbc.sql("insert into lead_state (lead_id) values (:id) on conflict do nothing")
                .param("id", leadId.value())
                .update();
        return jdbc.sql("""
                select score, scored_at, below_since, stage, staged_at from lead_state where lead_id = :id
                for update""")
                .param("id", leadId.value())
                .query((rs, n) -> new LeadState(
                        leadId,
                        (Integer) rs.getObject(1),
                        JdbcEnrollmentRepository.instant(rs.getTimestamp(2)),
                        JdbcEnrollmentRepository.instant(rs.getTimestamp(3)),
                        rs.getString(4) == null ? null : LifecycleStage.valueOf(rs.getString(4)),
                        JdbcEnrollmentRepository.instant(rs.getTimestamp(5))))
                .single();
    }

    @Override
    public void save(LeadState s) {
        jdbc.sql("""
                update lead_state set score = :score, scored_at = :scoredAt, below_since = :belowSince,
                    stage = :stage, staged_at = :stagedAt
                where lead_id = :id""")
                .param("score", s.score())
                .param("scoredAt", ts(s.scoredAt()))
                .param("belowSince", ts(s.belowSince()))
                .param("stage", s.stage() == null ? null : s.stage().name())
                .param("stagedAt", ts(s.stagedAt()))
                .param("id", s.leadId().value())
                .update();
    }

    @Override
    public List<LeadId> lockDormant(Instant belowSince, int limit) {
        return jdbc.sql("""
                select s.lead_id from lead_state s
                where s.below_since <= :cutoff and (s.stage is null or s.stage = 'NEW')
                  and not exists (select 1 from enrollment e where e.lead_id = s.lead_id
                                  and (e.status = 'ACTIVE' or e.enrolled_at >= s.below_since))
                order by s.below_since limit :limit
                for update of s skip locked""")
                .param("cutoff", Timestamp.from(belowSince))
                .param("limit", limit)
                .query((rs, n) -> new LeadId(rs.getObject(1, UUID.class)))
                .list();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
