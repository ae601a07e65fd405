package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.ExchangeRates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The funnel to revenue of the leads that entered it (became MQL, or SAL when sales brought them) in [from, to): how
 * many of them reached SAL, SQL, OPPORTUNITY and WON by now, how many were lost, and the revenue won, per currency,
 * for each group and in total, and that revenue added up in the reporting currency where its exchange rate is known
 * ({@code inReportingCurrency}, null until converted). A group without a value is "(none)".
 */
public record FunnelReport(String by, Instant from, Instant to, List<Row> rows, Row total) {

    public record Row(
            String key,
            long mql,
            long sal,
            long sql,
            long opportunity,
            long won,
            long lost,
            Map<String, BigDecimal> revenue,
            ExchangeRates.Converted inReportingCurrency) {

        public Row {
            revenue = Map.copyOf(revenue);
        }

        /** A row whose revenue is not converted yet. */
        public Row(
                String key,
                long mql,
                long sal,
                long sql,
                long opportunity,
                long won,
                long lost,
                Map<String, BigDecimal> revenue) {
            this(key, mql, sal, sql, opportunity, won, lost, revenue, null);
        }

        /** The row with its revenue added up in the reporting currency. */
        public Row convertedWith(ExchangeRates rates) {
            return new Row(key, mql, sal, sql, opportunity, won, lost, revenue, rates.convert(revenue));
        }
    }
}
