package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.in.RescoringView;
import io.leadflow.scoring.application.port.out.RescoringJobs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Re-scoring runs in rescoring_job; the open one is taken {@code for update skip locked}, one replica at a time. */
@Repository
class JdbcRescoringJobs implements RescoringJobs {

    private static final String SELECT = """
            select id, model_id, version, total, done, last_lead, started_at, finished_at from rescoring_job""";

    private final JdbcClient jdbc;

    JdbcRescoringJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RescoringView start(String modelId, int version, long total, Instant at) {
        long id = jdbc.sql("""
                insert into rescoring_job (model_id, version, total, started_at, updated_at)
                values (:modelId, :version, :total, :at, :at) returning id""")
                .param("modelId", modelId)
                .param("version", version)
                .param("total", total)
                .param("at", LeadRows.timestamp(at))
                .query(Long.class)
                .single();
        return new RescoringView(id, modelId, version, total, 0, null, at, null);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RescoringView> lockNext() {
        return jdbc.sql(SELECT + " where finished_at is null order by id limit 1 for update skip locked")
                .query(this::view)
                .optional();
    }

    @Override
    public void progress(long jobId, UUID lastLead, long leads, Instant at) {
        jdbc.sql("""
                update rescoring_job set done = done + :leads, last_lead = :lastLead, updated_at = :at
                where id = :id""")
                .param("leads", leads)
                .param("lastLead", lastLead)
                .param("at", LeadRows.timestamp(at))
                .param("id", jobId)
                .update();
    }

    @Override
    public void finish(long jobId, Instant at) {
        jdbc.sql("update rescoring_job set finished_at = :at, updated_at = :at where id = :id")
                .param("at", LeadRows.timestamp(at))
                .param("id", jobId)
                .update();
    }

    @Override
    public Optional<RescoringView> latest(String modelId, int version) {
        return jdbc.sql(SELECT + " where model_id = :modelId and version = :version order by id desc limit 1")
                .param("modelId", modelId)
                .param("version", version)
                .query(this::view)
                .optional();
    }

    private RescoringView view(ResultSet rs, int n) throws SQLException {
        return new RescoringView(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getObject(6, UUID.class),
                LeadRows.instant(rs, 7),
                LeadRows.instant(rs, 8));
    }
}
