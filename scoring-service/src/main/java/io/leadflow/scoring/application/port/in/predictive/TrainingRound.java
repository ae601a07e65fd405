package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.util.List;
import java.util.Map;

/**
 * What one scheduled training did: the versions it added, and the models it skipped for want of outcomes (by model
 * id, with the reason).
 */
public record TrainingRound(List<PredictiveVersion> trained, Map<String, String> skipped) {

    public TrainingRound {
        trained = List.copyOf(trained);
        skipped = Map.copyOf(skipped);
    }
}
