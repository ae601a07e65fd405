package io.leadflow.console.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One group's funnel to revenue for a period: of the leads that entered the funnel, how many reached SAL, SQL,
 * opportunity and won, how many were lost, and the revenue won per currency.
 */
public record FunnelRow(
        String key,
        long mql,
        long sal,
        long sql,
        long opportunity,
        long won,
        long lost,
        Map<String, BigDecimal> revenue) {

    public FunnelRow {
        revenue = Map.copyOf(revenue == null ? Map.of() : revenue);
    }

    /** "30500.00 EUR, 120.00 USD", currencies in order; "–" without revenue. */
    public String revenueText() {
        if (revenue.isEmpty()) {
            return "–";
        }
        return new TreeMap<>(revenue)
                .entrySet().stream()
                        .map(e -> e.getValue()
                                        .setScale(2, java.math.RoundingMode.HALF_UP)
                                        .toPlainString() + " " + e.getKey())
                        .collect(Collectors.joining(", "));
    }

    /** Won of those that entered the funnel (0..1), null without any. */
    public Double winRate() {
        return mql == 0 ? null : (double) won / mql;
    }
}
