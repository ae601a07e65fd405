package io.leadflow.handoff.domain;

import java.util.List;

/**
 * The lead's likelihood of being won under one published predictive model when it qualified, 0 to 100 %, and the
 * reasons that moved it most, as scoring sent them; shown to the rep next to the rules score.
 */
public record WinLikelihood(String model, int version, int percent, List<String> reasons) {

    public WinLikelihood {
        if (model == null || model.isBlank() || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a likelihood names its model and is a percent from 0 to 100");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** One line a rep reads: "Likelihood of winning 72 % (win-rate v3): Demo requested 1 time: +0.93; ...". */
    public String text() {
        return "Likelihood of winning " + percent + " % (" + model + " v" + version + ")"
                + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons));
    }
}
