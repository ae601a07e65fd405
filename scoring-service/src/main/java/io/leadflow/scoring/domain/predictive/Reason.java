package io.leadflow.scoring.domain.predictive;

import java.util.Locale;

/**
 * One feature's share in a lead's likelihood, in log-odds (the trees' own unit): positive raises the likelihood,
 * negative lowers it, and the shares plus the model's base add up to the log-odds of the likelihood.
 *
 * @param feature the feature's key ({@code count:PRICING_PAGE_VISITED})
 * @param text how a person reads it ("Pricing page visited 3 times: +0.18")
 */
public record Reason(String feature, String text, double contribution) {

    public static Reason of(Feature feature, float value, double contribution) {
        return new Reason(
                feature.key(),
                feature.describe(value) + ": " + String.format(Locale.ROOT, "%+.2f", contribution),
                contribution);
    }
}
