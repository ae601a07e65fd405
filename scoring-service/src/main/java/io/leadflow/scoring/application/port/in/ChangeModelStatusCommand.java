package io.leadflow.scoring.application.port.in;

/** Which model version to publish or archive. */
public record ChangeModelStatusCommand(String modelId, int version, String actor) {

    public ChangeModelStatusCommand {
        Require.text(modelId, "modelId");
    }
}
