package io.leadflow.scoring.domain.predictive;

import java.util.List;

/**
 * The trained version against the published rule models on the same hold-out: of the won deals, how many each would
 * have sent to sales, and how many MQLs each would have created. The predictive score "sends" a lead whose likelihood
 * reaches {@code salesThresholdPercent}; the rules send a lead that one of {@code ruleModels} would have qualified
 * before its outcome was known.
 */
public record Comparison(
        int leads,
        int wonDeals,
        int salesThresholdPercent,
        int predictiveWonSent,
        int predictiveMqls,
        int rulesWonSent,
        int rulesMqls,
        List<String> ruleModels) {

    public Comparison {
        ruleModels = List.copyOf(ruleModels);
    }
}
