package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.ImportJobUseCase;
import io.leadflow.ingestion.application.port.in.ImportJobView;
import io.leadflow.ingestion.application.port.in.StartImportCommand;
import io.leadflow.ingestion.domain.ImportJob;
import io.leadflow.ingestion.domain.ImportKind;
import io.leadflow.support.security.Caller;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports: the file is the request body ({@code Content-Type: text/csv}, UTF-8) and {@code kind} says whether its
 * rows are contacts or events. 202 with the job and a {@code Location} to poll; a broken header is a 400 at once.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    record ImportResponse(
            String id,
            String kind,
            String status,
            int totalRows,
            int doneRows,
            int failedRows,
            String createdAt,
            String finishedAt,
            List<ImportJobView.RowError> errors) {}

    private final ImportJobUseCase imports;
    private final IngestionViewMapper mapper;

    ImportController(ImportJobUseCase imports, IngestionViewMapper mapper) {
        this.imports = imports;
        this.mapper = mapper;
    }

    @PostMapping
    ResponseEntity<ImportResponse> start(
            @RequestParam(required = false) String kind,
            @RequestBody(required = false) byte[] file,
            Caller caller,
            @RequestHeader(name = Callers.CORRELATION, required = false) String correlationId) {
        ImportJob job = imports.startImport(new StartImportCommand(
                ImportKind.parse(kind), utf8(file), caller.user(), Callers.correlation(correlationId)));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + job.id()))
                .body(mapper.toResponse(job, List.of()));
    }

    @GetMapping("/{id}")
    ImportResponse find(@PathVariable String id) {
        UUID jobId = io.leadflow.ingestion.application.port.in.TextFields.uuid(id, "id");
        return imports.findImport(jobId)
                .map(view -> mapper.toResponse(view.job(), view.errors()))
                .orElseThrow(() -> new NotFoundException("import", "no import with id " + id));
    }

    private static String utf8(byte[] file) {
        if (file == null) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new io.leadflow.kernel.InvalidValueException("file", "file.encoding", "the file must be UTF-8");
        }
    }
}
