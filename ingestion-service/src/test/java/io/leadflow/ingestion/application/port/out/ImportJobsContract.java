package io.leadflow.ingestion.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.ingestion.application.port.in.ImportJobView.RowError;
import io.leadflow.ingestion.domain.ImportJob;
import io.leadflow.ingestion.domain.ImportKind;
import io.leadflow.ingestion.domain.ImportStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ImportJobs} queue does, whether it keeps jobs in memory or in PostgreSQL. */
public abstract class ImportJobsContract {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    protected abstract ImportJobs jobs();

    private ImportJob queued(Instant at) {
        ImportJob job = new ImportJob(
                UUID.randomUUID(),
                ImportKind.CONTACTS,
                ImportStatus.QUEUED,
                1,
                0,
                0,
                "ops@acme.example",
                "corr-1",
                at,
                at,
                null);
        jobs().create(job);
        return job;
    }

    private static ImportJob progressed(ImportJob job, ImportStatus status, int done, int failed, Instant at) {
        return new ImportJob(
                job.id(),
                job.kind(),
                status,
                job.totalRows(),
                done,
                failed,
                job.requestedBy(),
                job.correlationId(),
                job.createdAt(),
                at,
                status == ImportStatus.DONE ? at : null);
    }

    @Test
    void a_created_job_is_found_again() {
        ImportJob job = queued(T0);

        assertThat(jobs().find(job.id())).contains(job);
        assertThat(jobs().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void the_oldest_open_job_is_claimed() {
        queued(T0.plusSeconds(20));
        ImportJob oldest = queued(T0.plusSeconds(10));
        queued(T0.plusSeconds(30));

        assertThat(jobs().claimNext()).contains(oldest);
    }

    @Test
    void staged_rows_come_back_in_file_order_from_where_the_job_stands_and_go_with_its_progress() {
        ImportJob job = queued(T0);
        ImportJob other = queued(T0);
        ImportRows.Row ada = row(2, "ada@contoso.com", "Ada");
        ImportRows.Row bob = row(4, "bob@contoso.com", null);
        ImportRows.Row cy = row(5, "cy@contoso.com", "Cy");
        jobs().addRows(job.id(), 0, List.of(ada, bob));
        jobs().addRows(job.id(), 2, List.of(cy));
        jobs().addRows(other.id(), 0, List.of(row(2, "zed@contoso.com", "Zed")));

        assertThat(jobs().rows(job.id(), 0, 10)).containsExactly(ada, bob, cy);
        assertThat(jobs().rows(job.id(), 1, 1)).containsExactly(bob);

        jobs().saveProgress(progressed(job, ImportStatus.RUNNING, 2, 0, T0.plusSeconds(5)));

        assertThat(jobs().rows(job.id(), 0, 10)).containsExactly(cy);
        assertThat(jobs().rows(job.id(), 2, 10)).containsExactly(cy);
        assertThat(jobs().rows(other.id(), 0, 10)).hasSize(1);
    }

    private static ImportRows.Row row(long line, String email, String firstName) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("email", email);
        values.put("firstName", firstName);
        return new ImportRows.Row(line, values);
    }

    @Test
    void a_running_job_is_claimed_again_and_a_done_one_never() {
        ImportJob done = queued(T0);
        jobs().saveProgress(progressed(done, ImportStatus.DONE, 1, 0, T0.plusSeconds(5)));
        ImportJob running = queued(T0.plusSeconds(1));
        ImportJob progressed = progressed(running, ImportStatus.RUNNING, 0, 0, T0.plusSeconds(6));
        jobs().saveProgress(progressed);

        assertThat(jobs().claimNext()).contains(progressed);
        jobs().saveProgress(progressed(running, ImportStatus.DONE, 0, 1, T0.plusSeconds(7)));
        assertThat(jobs().claimNext()).isEmpty();
    }

    @Test
    void saved_progress_is_found_again() {
        ImportJob job = queued(T0);
        ImportJob finished = progressed(job, ImportStatus.DONE, 7, 2, T0.plusSeconds(60));

        jobs().saveProgress(finished);

        assertThat(jobs().find(job.id())).contains(finished);
    }

    @Test
    void row_errors_come_by_line_once_each_up_to_the_limit() {
        ImportJob job = queued(T0);
        ImportJob other = queued(T0);
        RowError line7 = new RowError(7, "email", "email.format", "not an address");
        RowError line3 = new RowError(3, "company", "company.length", "too long");
        RowError line5 = new RowError(5, "row", "row.columns", "too many columns");
        jobs().addErrors(job.id(), List.of(line7, line3));
        jobs().addErrors(job.id(), List.of(line5, new RowError(3, "company", "company.length", "repeated chunk")));
        jobs().addErrors(job.id(), List.of());
        jobs().addErrors(other.id(), List.of(new RowError(1, "email", "email.required", "missing")));

        assertThat(jobs().errors(job.id(), 10)).containsExactly(line3, line5, line7);
        assertThat(jobs().errors(job.id(), 2)).containsExactly(line3, line5);
        assertThat(jobs().errors(UUID.randomUUID(), 10)).isEmpty();
    }
}
