package io.leadflow.scoring.domain;

import java.util.Map;

/**
 * The likelihoods of being won that a lead's rules may ask about: per predictive model, the percent under its version
 * published when the lead is scored. A model without a published version has none, and a person who objected to
 * profiling has none at all (nothing is predicted for them); a condition on a missing likelihood is false, and says
 * why.
 */
public final class Likelihoods {

    private static final Likelihoods NOT_READ = new Likelihoods(Map.of(), false);
    private static final Likelihoods OBJECTED = new Likelihoods(Map.of(), true);

    private final Map<String, Published> byModel;
    private final boolean objected;

    private Likelihoods(Map<String, Published> byModel, boolean objected) {
        this.byModel = Map.copyOf(byModel);
        this.objected = objected;
    }

    /** Nothing read: no published version of any model asked about. */
    public static Likelihoods none() {
        return NOT_READ;
    }

    /** The person objected to profiling: no likelihood is computed or used. */
    public static Likelihoods profilingObjected() {
        return OBJECTED;
    }

    /** The likelihoods of the models that have a published version, by model id. */
    public static Likelihoods of(Map<String, Published> byModel) {
        return new Likelihoods(byModel, false);
    }

    /** The percent under {@code model}'s published version as a condition reads it; null when there is none. */
    public String percent(String model) {
        Published published = byModel.get(model);
        return published == null ? null : Integer.toString(published.percent());
    }

    /** The likelihood as an explanation names it, or why there is none. */
    public String describe(String model) {
        if (objected) {
            return "no likelihood (" + model + "): the person objected to profiling";
        }
        Published published = byModel.get(model);
        return published == null
                ? "no likelihood: predictive model " + model + " has no published version"
                : "likelihood " + published.percent() + " % (" + model + " v" + published.version() + ")";
    }

    public boolean has(String model) {
        return byModel.containsKey(model);
    }

    /** One model's likelihood under its published version, 0 to 100 %. */
    public record Published(int version, int percent) {}
}
