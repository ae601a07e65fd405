package io.leadflow.scoring.config;

import io.leadflow.scoring.domain.ExchangeRates;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The funnel report's reporting currency and the rates that turn other currencies into it
 * ({@code leadflow.reports.exchange-rates.USD=0.92}: one US dollar is worth 0.92 of the reporting currency).
 */
@ConfigurationProperties("leadflow.reports")
public record ReportProperties(@DefaultValue("EUR") String currency, Map<String, BigDecimal> exchangeRates) {

    public ExchangeRates toRates() {
        return new ExchangeRates(currency, exchangeRates);
    }
}
