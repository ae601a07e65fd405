package io.leadflow.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

    private final ExchangeRates rates =
            new ExchangeRates("EUR", Map.of("USD", new BigDecimal("0.92"), "GBP", new BigDecimal("1.17")));

    @Test
    void revenue_in_several_currencies_adds_up_in_the_reporting_currency() {
        ExchangeRates.Converted converted = rates.convert(Map.of(
                "EUR", new BigDecimal("1000.00"),
                "USD", new BigDecimal("500.00"),
                "GBP", new BigDecimal("100.00")));

        assertThat(converted.currency()).isEqualTo("EUR");
        assertThat(converted.amount()).isEqualByComparingTo("1577.00"); // 1000 + 460 + 117
        assertThat(converted.withoutRate()).isEmpty();
    }

    @Test
    void a_currency_without_a_rate_is_left_out_and_named_never_guessed() {
        ExchangeRates.Converted converted = rates.convert(Map.of(
                "EUR", new BigDecimal("1000.00"),
                "JPY", new BigDecimal("150000"),
                "CHF", new BigDecimal("10.00")));

        assertThat(converted.amount()).isEqualByComparingTo("1000.00");
        assertThat(converted.withoutRate()).containsExactly("CHF", "JPY");
    }

    @Test
    void the_total_is_rounded_to_cents_half_even() {
        ExchangeRates odd = new ExchangeRates("USD", Map.of("EUR", new BigDecimal("1.0875")));

        assertThat(odd.convert(Map.of("EUR", new BigDecimal("10.10"))).amount())
                .isEqualByComparingTo("10.98"); // 10.983375
        assertThat(odd.convert(Map.of()).amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_rate_of_zero_or_below_and_a_code_that_is_no_currency_are_refused_naming_the_setting() {
        assertThatThrownBy(() -> new ExchangeRates("EUR", Map.of("USD", BigDecimal.ZERO)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("leadflow.reports.exchange-rates.USD"));
        assertThatThrownBy(() -> new ExchangeRates("EUR", Map.of("dollar", BigDecimal.ONE)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ExchangeRates("euro", Map.of())).isInstanceOf(InvalidValueException.class);
    }
}
