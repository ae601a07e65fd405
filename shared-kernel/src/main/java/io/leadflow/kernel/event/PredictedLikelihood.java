package io.leadflow.kernel.event;

import java.util.List;

/**
 * A lead's likelihood of being won under one published predictive model version, 0 to 100 %, with the reasons that
 * moved it most ("Pricing page visited 3 times: +0.18"), as scoring computed it when the lead qualified. Sales reads it
 * next to the rules score in the hand-off notification.
 */
public record PredictedLikelihood(String model, int version, int percent, List<String> reasons) {

    public PredictedLikelihood {
        Events.require(model, "model");
        if (percent < 0 || percent > 100) {
            throw new io.leadflow.kernel.InvalidValueException(
                    "percent", "percent.range", "a likelihood is a percent from 0 to 100");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
