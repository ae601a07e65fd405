package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PredictiveModel;
import io.leadflow.console.application.PredictiveVersion;
import io.leadflow.console.application.port.in.PredictiveModelsUseCase;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Predictive models for marketing: the list and a new model, a model's versions and training (a cold start says how
 * many won and lost outcomes are missing), a version's evaluation as tables and charts, publishing (a refusal below the
 * AUC floor shown at the button) and archiving. Changes are htmx requests; a new model or version opens its page.
 */
@Controller
class PredictiveModelController {

    private static final String CREATE_FORM = "predictive-models :: create-form";
    private static final String TRAIN = "predictive-model :: train";
    private static final String ACTIONS = "predictive-version :: actions";

    private final PredictiveModelsUseCase models;

    PredictiveModelController(PredictiveModelsUseCase models) {
        this.models = models;
    }

    @GetMapping("/predictive-models")
    String list(Caller caller, Model model) {
        model.addAttribute("models", models.models(caller));
        createForm(model, "", "", Map.of(), null);
        return "predictive-models";
    }

    @PostMapping("/predictive-models")
    String create(
            Caller caller,
            @RequestParam(defaultValue = "") String id,
            @RequestParam(defaultValue = "") String description,
            Model model,
            HttpServletResponse response) {
        try {
            PredictiveModel created = models.create(caller, id, description);
            response.setHeader("HX-Redirect", "/predictive-models/" + created.id());
            createForm(model, "", "", Map.of(), null);
        } catch (ApiRefusal refusal) {
            formRefusal(refusal);
            response.setStatus(422);
            Map<String, String> fields = refusal.fields();
            createForm(
                    model,
                    id,
                    description,
                    fields,
                    fields.containsKey("id") || fields.containsKey("description") ? null : refusal.getMessage());
        }
        return CREATE_FORM;
    }

    @GetMapping("/predictive-models/{modelId}")
    String model(Caller caller, @PathVariable String modelId, Model model) {
        model.addAttribute("model", models.model(caller, modelId));
        model.addAttribute("coldStart", null);
        return "predictive-model";
    }

    /** A new draft version; while too few outcomes are known, the train section says how many are missing. */
    @PostMapping("/predictive-models/{modelId}/train")
    String train(Caller caller, @PathVariable String modelId, Model model, HttpServletResponse response) {
        model.addAttribute("model", models.model(caller, modelId));
        try {
            PredictiveVersion trained = models.train(caller, modelId);
            response.setHeader("HX-Redirect", "/predictive-models/" + modelId + "/versions/" + trained.version());
            model.addAttribute("coldStart", null);
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 409 || !refusal.figures().containsKey("missingWon")) {
                throw refusal;
            }
            response.setStatus(422);
            model.addAttribute("coldStart", ColdStart.of(refusal));
        }
        return TRAIN;
    }

    @GetMapping("/predictive-models/{modelId}/versions/{version}")
    String version(Caller caller, @PathVariable String modelId, @PathVariable int version, Model model) {
        PredictiveVersion found = models.version(caller, modelId, version);
        model.addAttribute("version", found);
        model.addAttribute("charts", found.evaluation() == null ? null : PredictiveCharts.of(found.evaluation()));
        model.addAttribute("refusal", null);
        return "predictive-version";
    }

    @PostMapping("/predictive-models/{modelId}/versions/{version}/publish")
    String publish(
            Caller caller,
            @PathVariable String modelId,
            @PathVariable int version,
            Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("version", models.publish(caller, modelId, version));
            model.addAttribute("refusal", null);
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 409) {
                throw refusal;
            }
            response.setStatus(422);
            model.addAttribute("version", models.version(caller, modelId, version));
            model.addAttribute("refusal", publishRefusal(refusal));
        }
        return ACTIONS;
    }

    @PostMapping("/predictive-models/{modelId}/versions/{version}/archive")
    String archive(Caller caller, @PathVariable String modelId, @PathVariable int version, Model model) {
        model.addAttribute("version", models.archive(caller, modelId, version));
        model.addAttribute("refusal", null);
        return ACTIONS;
    }

    /** What the cold start leaves to wait for, from scoring's {@code not-enough-outcomes} problem. */
    record ColdStart(long won, long lost, long missingWon, long missingLost, String detail) {

        static ColdStart of(ApiRefusal refusal) {
            Map<String, Double> f = refusal.figures();
            return new ColdStart(
                    Math.round(f.getOrDefault("won", 0.0)),
                    Math.round(f.getOrDefault("lost", 0.0)),
                    Math.round(f.getOrDefault("missingWon", 0.0)),
                    Math.round(f.getOrDefault("missingLost", 0.0)),
                    refusal.getMessage());
        }
    }

    private static String publishRefusal(ApiRefusal refusal) {
        Double auc = refusal.figures().get("auc");
        Double floor = refusal.figures().get("floor");
        if (auc != null && floor != null) {
            return String.format(
                    Locale.ROOT,
                    "Not published: its ROC AUC on the hold-out is %.3f, below the floor of %.3f. Train again once"
                            + " more outcomes are known.",
                    auc,
                    floor);
        }
        return "Not published: " + refusal.getMessage();
    }

    private static void formRefusal(ApiRefusal refusal) {
        if (refusal.status() != 400 && refusal.status() != 409 && refusal.status() != 422) {
            throw refusal;
        }
    }

    private static void createForm(
            Model model, String id, String description, Map<String, String> errors, @Nullable String message) {
        model.addAttribute("newId", id);
        model.addAttribute("newDescription", description);
        model.addAttribute("idError", errors.get("id"));
        model.addAttribute("descriptionError", errors.get("description"));
        model.addAttribute("createMessage", message);
    }
}
