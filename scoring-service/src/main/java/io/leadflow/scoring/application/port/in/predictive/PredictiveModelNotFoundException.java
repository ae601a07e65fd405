package io.leadflow.scoring.application.port.in.predictive;

/** No predictive model with that id, or no such version of it. */
public class PredictiveModelNotFoundException extends RuntimeException {

    public PredictiveModelNotFoundException(String modelId, Integer version) {
        super(
                version == null
                        ? "no predictive model " + modelId
                        : "predictive model " + modelId + " has no version " + version);
    }
}
