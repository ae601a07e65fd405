package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.scoring.application.port.in.ArchiveScoringModelUseCase;
import io.leadflow.scoring.application.port.in.BacktestCommand;
import io.leadflow.scoring.application.port.in.BacktestReport;
import io.leadflow.scoring.application.port.in.BacktestScoringModelUseCase;
import io.leadflow.scoring.application.port.in.ChangeModelStatusCommand;
import io.leadflow.scoring.application.port.in.DraftScoringModelCommand;
import io.leadflow.scoring.application.port.in.DraftScoringModelUseCase;
import io.leadflow.scoring.application.port.in.FindScoringModelQuery;
import io.leadflow.scoring.application.port.in.ModelNotFoundException;
import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.in.PublishScoringModelUseCase;
import io.leadflow.scoring.application.port.in.RescoringView;
import io.leadflow.scoring.domain.model.InvalidModelException;
import io.leadflow.support.security.Caller;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scoring models as versioned documents (JSON, or YAML with a YAML content type): create, add and replace drafts,
 * publish (re-scores every lead in the background), archive, follow re-scoring, and backtest a version.
 */
@RestController
@RequestMapping("/api/v1/scoring-models")
class ScoringModelController {

    private static final String BASE = "/api/v1/scoring-models/";

    private final DraftScoringModelUseCase drafts;
    private final PublishScoringModelUseCase publishing;
    private final ArchiveScoringModelUseCase archiving;
    private final FindScoringModelQuery models;
    private final BacktestScoringModelUseCase backtests;
    private final ModelDocumentReader reader;
    private final ScoringWebMapper mapper;
    private final JsonMapper json;

    ScoringModelController(
            DraftScoringModelUseCase drafts,
            PublishScoringModelUseCase publishing,
            ArchiveScoringModelUseCase archiving,
            FindScoringModelQuery models,
            BacktestScoringModelUseCase backtests,
            ModelDocumentReader reader,
            ScoringWebMapper mapper,
            JsonMapper json) {
        this.drafts = drafts;
        this.publishing = publishing;
        this.archiving = archiving;
        this.models = models;
        this.backtests = backtests;
        this.reader = reader;
        this.mapper = mapper;
        this.json = json;
    }

    /** 201: a new model, its document as version 1 (draft). */
    @PostMapping(
            consumes = {
                "application/json",
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                "text/x-yaml",
                "text/plain"
            })
    ResponseEntity<ModelVersionResponse> create(
            @RequestBody String body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        ModelVersionView created = draft(null, null, body, contentType);
        return ResponseEntity.created(URI.create(BASE + created.modelId() + "/versions/" + created.version()))
                .body(mapper.toResponse(created));
    }

    @GetMapping
    List<ModelResponse> list() {
        return models.models().stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/{modelId}")
    ModelResponse model(@PathVariable("modelId") String modelIdText) {
        String modelId = modelId(modelIdText);
        return mapper.toResponse(models.versions(modelId));
    }

    /** 201: a new draft version of the model. */
    @PostMapping(
            path = "/{modelId}/versions",
            consumes = {
                "application/json",
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                "text/x-yaml",
                "text/plain"
            })
    ResponseEntity<ModelVersionResponse> addVersion(
            @PathVariable("modelId") String modelIdText,
            @RequestBody String body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        String modelId = modelId(modelIdText);
        ModelVersionView created = draft(modelId, null, body, contentType);
        return ResponseEntity.created(URI.create(BASE + modelId + "/versions/" + created.version()))
                .body(mapper.toResponse(created));
    }

    @GetMapping("/{modelId}/versions/{version}")
    ModelVersionResponse version(@PathVariable("modelId") String modelIdText, @PathVariable String version) {
        String modelId = modelId(modelIdText);
        return mapper.toResponse(models.version(modelId, number(version)));
    }

    /** Replaces a draft; 409 for a published or archived version. */
    @PutMapping(
            path = "/{modelId}/versions/{version}",
            consumes = {
                "application/json",
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                "text/x-yaml",
                "text/plain"
            })
    ModelVersionResponse replaceDraft(
            @PathVariable("modelId") String modelIdText,
            @PathVariable String version,
            @RequestBody String body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        String modelId = modelId(modelIdText);
        return mapper.toResponse(draft(modelId, number(version), body, contentType));
    }

    /** 202: published; the re-scoring run's progress is at the Location. */
    @PostMapping("/{modelId}/versions/{version}/publish")
    ResponseEntity<RescoringView> publish(
            @PathVariable("modelId") String modelIdText, @PathVariable String version, Caller caller) {
        String modelId = modelId(modelIdText);
        RescoringView run = publishing.publish(new ChangeModelStatusCommand(modelId, number(version), caller.user()));
        return ResponseEntity.accepted()
                .location(URI.create(BASE + modelId + "/versions/" + version + "/rescoring"))
                .body(run);
    }

    @PostMapping("/{modelId}/versions/{version}/archive")
    ModelVersionResponse archive(
            @PathVariable("modelId") String modelIdText, @PathVariable String version, Caller caller) {
        String modelId = modelId(modelIdText);
        return mapper.toResponse(
                archiving.archive(new ChangeModelStatusCommand(modelId, number(version), caller.user())));
    }

    @GetMapping("/{modelId}/versions/{version}/rescoring")
    RescoringView rescoring(@PathVariable("modelId") String modelIdText, @PathVariable String version) {
        String modelId = modelId(modelIdText);
        return models.rescoring(modelId, number(version));
    }

    /** The backtest of a version over {@code {"from": instant, "to": instant}}. */
    @PostMapping(path = "/{modelId}/versions/{version}/backtest", consumes = "application/json")
    BacktestReport backtest(
            @PathVariable("modelId") String modelIdText,
            @PathVariable String version,
            @RequestBody Map<String, Object> period) {
        String modelId = modelId(modelIdText);
        return backtests.backtest(
                new BacktestCommand(modelId, number(version), instant(period, "from"), instant(period, "to")));
    }

    /** Saves a draft; an invalid document is refused with the line each violation is at in the text sent. */
    private ModelVersionView draft(String modelId, Integer version, String body, String contentType) {
        Object document = reader.read(body, contentType);
        try {
            return drafts.draft(new DraftScoringModelCommand(modelId, version, document));
        } catch (InvalidModelException e) {
            throw new LocatedModelException(e, DocumentLines.of(body, contentType, json));
        }
    }

    /** A model id is a slug; anything else (NUL, overlong text) cannot name a model. */
    private static String modelId(String text) {
        if (text == null || !text.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new ModelNotFoundException(String.valueOf(text).replace('\0', '?'), null);
        }
        return text;
    }

    private static int number(String version) {
        try {
            int value = Integer.parseInt(version);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidValueException("version", "version.format", "a version is a whole number from 1");
    }

    private static Instant instant(Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        if (!(value instanceof String text)) {
            throw new InvalidValueException(
                    field,
                    field + ".required",
                    field + " is required as an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    field, field + ".format", field + " must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
        }
    }
}
