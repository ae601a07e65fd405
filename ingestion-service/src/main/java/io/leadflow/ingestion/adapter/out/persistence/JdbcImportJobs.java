package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.in.ImportJobView.RowError;
import io.leadflow.ingestion.application.port.out.ImportJobs;
import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.ingestion.domain.ImportJob;
import io.leadflow.ingestion.domain.ImportKind;
import io.leadflow.ingestion.domain.ImportStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcImportJobs implements ImportJobs {

    private static final String COLUMNS = "id, kind, status, total_rows, done_rows, failed_rows, requested_by, "
            + "correlation_id, created_at, updated_at, finished_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    private final JsonMapper json;

    JdbcImportJobs(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    @Override
    public void create(ImportJob job) {
        jdbc.sql("""
                insert into import_job (id, kind, status, total_rows, done_rows, failed_rows, requested_by,
                                        correlation_id, created_at, updated_at)
                values (:id, :kind, :status, :total, 0, 0, :by, :correlation, :created, :created)""")
                .param("id", job.id())
                .param("kind", job.kind().name())
                .param("status", job.status().name())
                .param("total", job.totalRows())
                .param("by", job.requestedBy())
                .param("correlation", job.correlationId())
                .param("created", Timestamp.from(job.createdAt()))
                .update();
    }

    @Override
    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    @Override
    public List<RowError> errors(UUID id, int limit) {
        return jdbc.sql("select line, field, rule, detail from import_error where job_id = :id order by line limit :n")
                .param("id", id)
                .param("n", limit)
                .query((rs, n) -> new RowError(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    @Override
    public void addRows(UUID id, int firstIndex, List<ImportRows.Row> rows) {
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportRows.Row row = rows.get(i);
            batch.add(new Object[] {id, firstIndex + i, row.line(), json.writeValueAsString(row.values())});
        }
        template.batchUpdate(
                "insert into import_row (job_id, row_index, line, cells) values (?, ?, ?, ?::json)", batch);
    }

    @Override
    public List<ImportRows.Row> rows(UUID id, int from, int max) {
        return jdbc.sql("select line, cells from import_row where job_id = :id and row_index >= :from "
                        + "order by row_index limit :max")
                .param("id", id)
                .param("from", from)
                .param("max", max)
                .query((rs, n) -> new ImportRows.Row(rs.getLong(1), cells(rs.getString(2))))
                .list();
    }

    private Map<String, String> cells(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        json.readTree(text)
                .properties()
                .forEach(e -> values.put(
                        e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
        return values;
    }

    @Override
    public Optional<ImportJob> claimNext() {
        return jdbc.sql("select " + COLUMNS + " from import_job where status in ('QUEUED', 'RUNNING') "
                        + "order by created_at limit 1 for update skip locked")
                .query(this::map)
                .optional();
    }

    @Override
    public void saveProgress(ImportJob job) {
        jdbc.sql("""
                update import_job set status = :status, done_rows = :done, failed_rows = :failed,
                       updated_at = :updated, finished_at = :finished where id = :id""")
                .param("status", job.status().name())
                .param("done", job.doneRows())
                .param("failed", job.failedRows())
                .param("updated", Timestamp.from(job.updatedAt()))
                .param("finished", job.finishedAt() == null ? null : Timestamp.from(job.finishedAt()))
                .param("id", job.id())
                .update();
        jdbc.sql("delete from import_row where job_id = :id and row_index < :done")
                .param("id", job.id())
                .param("done", job.doneRows())
                .update();
    }

    @Override
    public void addErrors(UUID id, List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                insert into import_error (job_id, line, field, rule, detail) values (?, ?, ?, ?, ?)
                on conflict (job_id, line) do nothing""", errors, errors.size(), (ps, e) -> {
            ps.setObject(1, id);
            ps.setLong(2, e.line());
            ps.setString(3, e.field());
            ps.setString(4, e.rule());
            ps.setString(5, e.detail());
        });
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        return new ImportJob(
                rs.getObject(1, UUID.class),
                ImportKind.valueOf(rs.getString(2)),
                ImportStatus.valueOf(rs.getString(3)),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                instant(rs.getTimestamp(9)),
                instant(rs.getTimestamp(10)),
                instant(rs.getTimestamp(11)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
