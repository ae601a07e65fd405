package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.kernel.InvalidValueException;

/** Publish or archive one version; {@code actor} is who does it. */
public record ChangePredictiveVersionCommand(String modelId, int version, String actor) {

    public ChangePredictiveVersionCommand {
        if (version < 1) {
            throw new InvalidValueException("version", "version.range", "versions are numbered from 1");
        }
    }
}
