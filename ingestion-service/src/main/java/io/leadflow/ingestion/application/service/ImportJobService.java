package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.EngagementOutcome;
import io.leadflow.ingestion.application.port.in.ImportJobUseCase;
import io.leadflow.ingestion.application.port.in.ImportJobView;
import io.leadflow.ingestion.application.port.in.ImportJobView.RowError;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.StartImportCommand;
import io.leadflow.ingestion.application.port.in.TextFields;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.ingestion.application.port.out.ImportJobs;
import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.ingestion.domain.ImportJob;
import io.leadflow.ingestion.domain.ImportStatus;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports through the same use cases as the APIs, one committed chunk at a time. An event row without an event id
 * gets one derived from the job and its line, so a chunk repeated after a crash records nothing twice.
 */
class ImportJobService implements ImportJobUseCase {

    static final int MAX_ERRORS_SHOWN = 1000;

    private final ImportJobs jobs;
    private final ImportRows rows;
    private final RecordEngagementsUseCase engagements;
    private final UpsertContactUseCase contacts;
    private final IngestionMetrics metrics;
    private final IngestionSettings settings;
    private final Clock clock;

    ImportJobService(
            ImportJobs jobs,
            ImportRows rows,
            RecordEngagementsUseCase engagements,
            UpsertContactUseCase contacts,
            IngestionMetrics metrics,
            IngestionSettings settings,
            Clock clock) {
        this.jobs = jobs;
        this.rows = rows;
        this.engagements = engagements;
        this.contacts = contacts;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ImportJob startImport(StartImportCommand command) {
        UUID id = UUID.randomUUID();
        int chunkSize = settings.importChunkSize();
        List<ImportRows.Row> batch = new ArrayList<>(chunkSize);
        int[] total = {0};
        rows.read(command.csv(), new ImportRows.Reading() {
            @Override
            public void header(List<String> columns) {
                ImportColumns.check(command.kind(), columns);
            }

            @Override
            public void row(ImportRows.Row row) {
                batch.add(row);
                total[0]++;
                if (batch.size() == chunkSize) {
                    jobs.addRows(id, total[0] - batch.size(), batch);
                    batch.clear();
                }
            }
        });
        if (!batch.isEmpty()) {
            jobs.addRows(id, total[0] - batch.size(), batch);
        }
        Instant now = clock.instant();
        ImportJob job = new ImportJob(
                id,
                command.kind(),
                ImportStatus.QUEUED,
                total[0],
                0,
                0,
                command.requestedBy(),
                command.correlationId(),
                now,
                now,
                null);
        jobs.create(job);
        return job;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ImportJobView> findImport(UUID id) {
        return jobs.find(id).map(job -> new ImportJobView(job, jobs.errors(id, MAX_ERRORS_SHOWN)));
    }

    @Override
    @Transactional
    public boolean processNextChunk() {
        Optional<ImportJob> claimed = jobs.claimNext();
        if (claimed.isEmpty()) {
            return false;
        }
        ImportJob job = claimed.get();
        List<ImportRows.Row> chunk = jobs.rows(job.id(), job.doneRows(), settings.importChunkSize());
        List<RowError> errors = switch (job.kind()) {
            case EVENTS -> importEvents(job, chunk);
            case CONTACTS -> importContacts(job, chunk);
        };
        errors.forEach(e -> metrics.rejected(e.rule()));
        jobs.addErrors(job.id(), errors);
        int done = job.doneRows() + chunk.size();
        Instant now = clock.instant();
        boolean finished = chunk.isEmpty() || done >= job.totalRows();
        jobs.saveProgress(new ImportJob(
                job.id(),
                job.kind(),
                finished ? ImportStatus.DONE : ImportStatus.RUNNING,
                job.totalRows(),
                done,
                job.failedRows() + errors.size(),
                job.requestedBy(),
                job.correlationId(),
                job.createdAt(),
                now,
                finished ? now : null));
        return true;
    }

    private List<RowError> importEvents(ImportJob job, List<ImportRows.Row> chunk) {
        List<RowError> errors = new ArrayList<>();
        List<RecordEngagementCommand> commands = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (ImportRows.Row row : chunk) {
            try {
                commands.add(event(job, row));
                lines.add(row.line());
            } catch (InvalidValueException e) {
                errors.add(error(row.line(), e));
            }
        }
        if (!commands.isEmpty()) {
            List<EngagementOutcome> outcomes = engagements.recordEngagements(commands);
            for (int i = 0; i < outcomes.size(); i++) {
                if (!outcomes.get(i).isRecorded()) {
                    errors.add(error(lines.get(i), outcomes.get(i).refusal()));
                }
            }
        }
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return errors;
    }

    private RecordEngagementCommand event(ImportJob job, ImportRows.Row row) {
        Map<String, String> v = row.values();
        UUID eventId = TextFields.uuid(v.get("eventId"), "eventId");
        if (eventId == null) {
            eventId =
                    UUID.nameUUIDFromBytes(("import:" + job.id() + ":" + row.line()).getBytes(StandardCharsets.UTF_8));
        }
        Instant occurredAt = TextFields.instant(v.get("occurredAt"), "occurredAt");
        if (occurredAt == null) {
            throw new InvalidValueException("occurredAt", "occurredAt.required", "occurredAt is required");
        }
        String email = blankToNull(v.get("email"));
        String anonymousId = blankToNull(v.get("anonymousId"));
        String channel = blankToNull(v.get("channel"));
        Map<String, String> properties = new LinkedHashMap<>();
        v.forEach((column, value) -> {
            if (column.startsWith("properties.") && value != null && !value.isBlank()) {
                properties.put(column.substring("properties.".length()), value);
            }
        });
        return new RecordEngagementCommand(
                eventId,
                v.get("type"),
                occurredAt,
                email == null ? null : EmailAddress.of(email),
                anonymousId == null ? List.of() : List.of(RecordEngagementCommand.anonymous(anonymousId)),
                channel == null ? Channel.IMPORT : Channel.parse(channel),
                blankToNull(v.get("source")),
                blankToNull(v.get("campaign")),
                properties,
                job.correlationId(),
                "import",
                null,
                null);
    }

    private List<RowError> importContacts(ImportJob job, List<ImportRows.Row> chunk) {
        List<RowError> errors = new ArrayList<>();
        for (ImportRows.Row row : chunk) {
            try {
                Map<String, String> changes = new LinkedHashMap<>(row.values());
                String email = changes.remove("email");
                String anonymousId = blankToNull(changes.remove("anonymousId"));
                changes.values().removeIf(value -> value == null || value.isBlank());
                UpsertContactCommand command = new UpsertContactCommand(
                        EmailAddress.of(email),
                        changes,
                        anonymousId == null ? List.of() : List.of(RecordEngagementCommand.anonymous(anonymousId)),
                        job.correlationId(),
                        "import");
                contacts.upsertContact(command);
            } catch (InvalidValueException e) {
                errors.add(error(row.line(), e));
            }
        }
        return errors;
    }

    private static RowError error(long line, InvalidValueException e) {
        return new RowError(line, e.field(), e.rule(), e.getMessage());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
