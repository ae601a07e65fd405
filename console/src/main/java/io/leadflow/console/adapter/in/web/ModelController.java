package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.BacktestResult;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ModelVersion;
import io.leadflow.console.application.ScoringModelDetail;
import io.leadflow.console.application.port.in.ChangeScoringModelUseCase;
import io.leadflow.console.application.port.in.FindScoringModelsQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scoring models for marketing: the list, one model's published YAML (read-only) and versions, and its draft:
 * edit the YAML (errors shown at their lines), backtest it against the published version, publish it. Changes are
 * htmx requests answered with the draft section.
 */
@Controller
class ModelController {

    static final int BACKTEST_DAYS = 90;

    private final FindScoringModelsQuery models;
    private final ChangeScoringModelUseCase changes;
    private final JsonMapper json;

    ModelController(FindScoringModelsQuery models, ChangeScoringModelUseCase changes, JsonMapper json) {
        this.models = models;
        this.changes = changes;
        this.json = json;
    }

    @GetMapping("/models")
    String list(Caller caller, Model model) {
        model.addAttribute("models", models.models(caller));
        return "models";
    }

    @GetMapping("/models/{modelId}")
    String model(Caller caller, @PathVariable String modelId, Model model) {
        ScoringModelDetail detail = models.model(caller, modelId);
        model.addAttribute("detail", detail);
        ModelVersion draft = detail.draft();
        ModelVersion published = detail.published();
        draft(
                model,
                modelId,
                draft == null ? null : draft.version(),
                draft != null ? draft.yaml() : published != null ? published.yaml() : "",
                List.of(),
                null);
        return "model";
    }

    /** Saves the draft (a new draft version when there is none); a refused document comes back with its lines. */
    @PutMapping("/models/{modelId}/draft")
    String saveDraft(
            Caller caller,
            @PathVariable String modelId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(defaultValue = "") String yaml,
            Model model,
            HttpServletResponse response) {
        try {
            ModelVersion saved = changes.saveDraft(caller, modelId, version, yaml);
            draft(model, modelId, saved.version(), saved.yaml(), List.of(), saved.version());
        } catch (ApiRefusal refusal) {
            if (refusal.status() != HttpStatus.BAD_REQUEST.value()) {
                throw refusal;
            }
            response.setStatus(422);
            draft(model, modelId, version, yaml, ModelDraftError.of(refusal, yaml), null);
        }
        return "model :: draft";
    }

    @PostMapping("/models/{modelId}/versions/{version}/backtest")
    String backtest(
            Caller caller,
            @PathVariable String modelId,
            @PathVariable int version,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        ReportPeriod period = backtestPeriod(from, to);
        BacktestResult result = models.backtest(caller, modelId, version, period.start(), period.end());
        ModelBacktest backtest = ModelBacktest.of(result);
        model.addAttribute("backtest", backtest);
        model.addAttribute("backtestChart", backtest.chart().toJson(json));
        return "model :: backtest-result";
    }

    @PostMapping("/models/{modelId}/versions/{version}/publish")
    String publish(Caller caller, @PathVariable String modelId, @PathVariable int version, Model model) {
        model.addAttribute("rescoring", changes.publish(caller, modelId, version));
        return "model :: published";
    }

    private static ReportPeriod backtestPeriod(@Nullable String from, @Nullable String to) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.minusDays(BACKTEST_DAYS);
        return ReportPeriod.of(from == null || from.isBlank() ? start.toString() : from, to, today);
    }

    private static void draft(
            Model model,
            String modelId,
            @Nullable Integer version,
            String yaml,
            List<ModelDraftError> errors,
            @Nullable Integer saved) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute("modelId", modelId);
        model.addAttribute("draftVersion", version);
        model.addAttribute("yaml", yaml);
        model.addAttribute("yamlRows", Math.min(40, Math.max(12, yaml.split("\\R", -1).length + 1)));
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("backtestFrom", today.minusDays(BACKTEST_DAYS));
        model.addAttribute("backtestTo", today);
    }
}
