package io.leadflow.scoring.application.port.in;

/** No such model, or no such version of it. */
public class ModelNotFoundException extends RuntimeException {

    public ModelNotFoundException(String modelId, Integer version) {
        super(
                version == null
                        ? "no scoring model " + modelId
                        : "no version " + version + " of scoring model " + modelId);
    }
}
