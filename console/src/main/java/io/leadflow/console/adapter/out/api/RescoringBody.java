package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.Rescoring;

/** Scoring's {@code RescoringView}, the answer to a publish. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RescoringBody(String modelId, int version, long total, long done) {

    Rescoring toRescoring() {
        return new Rescoring(modelId, version, total, done);
    }
}
