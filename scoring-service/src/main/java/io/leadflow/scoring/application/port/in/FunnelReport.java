package io.leadflow.scoring.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The funnel to revenue of the leads that entered it (became MQL, or SAL when sales brought them) in [from, to): how
 * many of them reached SAL, SQL, OPPORTUNITY and WON by now, how many were lost, and the revenue won, per currency,
 * for each group and in total. A group without a value is "(none)".
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
            Map<String, BigDecimal> revenue) {

        public Row {
            revenue = Map.copyOf(revenue);
        }
    }
}
