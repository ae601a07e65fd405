package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.scoring.application.port.in.predictive.ChangePredictiveVersionCommand;
import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelCommand;
import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.FindPredictiveModelQuery;
import io.leadflow.scoring.application.port.in.predictive.PredictiveModelView;
import io.leadflow.scoring.application.port.in.predictive.PublishPredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelCommand;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelUseCase;
import io.leadflow.scoring.domain.predictive.PredictiveModel;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import io.leadflow.support.security.Caller;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Predictive models: create one by name, train a new version from the outcomes known now (201, evaluated on the
 * latest outcomes), read versions with their evaluation, publish a version whose AUC reaches the floor, archive one.
 */
@RestController
@RequestMapping("/api/v1/predictive-models")
class PredictiveModelController {

    private static final String BASE = "/api/v1/predictive-models/";

    private final CreatePredictiveModelUseCase creating;
    private final TrainPredictiveModelUseCase training;
    private final PublishPredictiveModelUseCase publishing;
    private final FindPredictiveModelQuery models;

    PredictiveModelController(
            CreatePredictiveModelUseCase creating,
            TrainPredictiveModelUseCase training,
            PublishPredictiveModelUseCase publishing,
            FindPredictiveModelQuery models) {
        this.creating = creating;
        this.training = training;
        this.publishing = publishing;
        this.models = models;
    }

    /** 201: a named model without versions; 409 when the id is taken. */
    @PostMapping(consumes = "application/json")
    ResponseEntity<PredictiveModelResponse> create(@RequestBody PredictiveModelRequest request, Caller caller) {
        PredictiveModel model =
                creating.create(new CreatePredictiveModelCommand(request.id(), request.description(), caller.user()));
        return ResponseEntity.created(URI.create(BASE + model.id()))
                .body(PredictiveModelResponse.of(new PredictiveModelView(model, List.of())));
    }

    @GetMapping
    List<PredictiveModelResponse> list() {
        return models.models().stream().map(PredictiveModelResponse::of).toList();
    }

    @GetMapping("/{modelId}")
    PredictiveModelResponse model(@PathVariable String modelId) {
        return PredictiveModelResponse.of(models.model(modelId));
    }

    /** 201: a new draft version with its evaluation; 409 while too few won or lost outcomes are known. */
    @PostMapping("/{modelId}/train")
    ResponseEntity<PredictiveVersionResponse> train(@PathVariable String modelId, Caller caller) {
        PredictiveVersion trained = training.train(new TrainPredictiveModelCommand(modelId, caller.user()));
        return ResponseEntity.created(URI.create(BASE + modelId + "/versions/" + trained.version()))
                .body(PredictiveVersionResponse.of(trained));
    }

    @GetMapping("/{modelId}/versions/{version}")
    PredictiveVersionResponse version(@PathVariable String modelId, @PathVariable String version) {
        return PredictiveVersionResponse.of(models.version(modelId, number(version)));
    }

    /** 200: published, the former published version archived; 409 below the AUC floor or for a non-draft. */
    @PostMapping("/{modelId}/versions/{version}/publish")
    PredictiveVersionResponse publish(@PathVariable String modelId, @PathVariable String version, Caller caller) {
        return PredictiveVersionResponse.of(
                publishing.publish(new ChangePredictiveVersionCommand(modelId, number(version), caller.user())));
    }

    @PostMapping("/{modelId}/versions/{version}/archive")
    PredictiveVersionResponse archive(@PathVariable String modelId, @PathVariable String version, Caller caller) {
        return PredictiveVersionResponse.of(
                publishing.archive(new ChangePredictiveVersionCommand(modelId, number(version), caller.user())));
    }

    private static int number(String version) {
        try {
            int value = Integer.parseInt(version.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidValueException("version", "version.format", "a version is a whole number from 1");
    }
}
