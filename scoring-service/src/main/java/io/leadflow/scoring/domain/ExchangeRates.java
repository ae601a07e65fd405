package io.leadflow.scoring.domain;

import io.leadflow.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much one unit of each currency is worth in the reporting currency, as configured: revenue kept per currency is
 * added up in the reporting currency only where a rate is known; a currency without a rate is left out and named,
 * never guessed. The reporting currency itself counts at 1.
 */
public record ExchangeRates(String currency, Map<String, BigDecimal> rates) {

    public ExchangeRates {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new InvalidValueException(
                    "leadflow.reports.currency", "currency.format", "a currency is an ISO 4217 code like EUR");
        }
        Map<String, BigDecimal> checked = new TreeMap<>();
        (rates == null ? Map.<String, BigDecimal>of() : rates).forEach((code, rate) -> {
            String field = "leadflow.reports.exchange-rates." + code;
            if (code == null || !code.matches("[A-Z]{3}")) {
                throw new InvalidValueException(field, "currency.format", "a currency is an ISO 4217 code like USD");
            }
            if (rate == null || rate.signum() <= 0) {
                throw new InvalidValueException(field, "rate.positive", "an exchange rate is a number above 0");
            }
            checked.put(code, rate);
        });
        checked.put(currency, BigDecimal.ONE);
        rates = Map.copyOf(checked);
    }

    /** Revenue per currency as one amount in the reporting currency, rounded to cents, naming what had no rate. */
    public Converted convert(Map<String, BigDecimal> revenue) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> withoutRate = new java.util.ArrayList<>();
        for (Map.Entry<String, BigDecimal> amount : new TreeMap<>(revenue).entrySet()) {
            BigDecimal rate = rates.get(amount.getKey());
            if (rate == null) {
                withoutRate.add(amount.getKey());
            } else {
                total = total.add(amount.getValue().multiply(rate));
            }
        }
        return new Converted(currency, total.setScale(2, RoundingMode.HALF_EVEN), withoutRate);
    }

    /**
     * Revenue in the reporting currency.
     *
     * @param withoutRate the currencies whose revenue is not in {@code amount}, for want of a rate (sorted)
     */
    public record Converted(String currency, BigDecimal amount, List<String> withoutRate) {

        public Converted {
            withoutRate = List.copyOf(withoutRate);
        }
    }
}
