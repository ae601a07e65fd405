package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a rep confirmed when qualifying a lead (SQL): budget, authority, need and timeline in their words, and the
 * size of the opportunity.
 */
public record Bant(String budget, String authority, String need, String timeline, BigDecimal amount, String currency) {

    public Bant {
        budget = required(budget, "budget");
        authority = required(authority, "authority");
        need = required(need, "need");
        timeline = required(timeline, "timeline");
        if (amount == null) {
            throw new InvalidValueException("amount", "amount.required", "the opportunity amount is required");
        }
        if (amount.signum() < 0 || amount.precision() - amount.scale() > 15 || amount.scale() > 2) {
            throw new InvalidValueException(
                    "amount", "amount.range", "the amount is 0 or more, below 10^15, with at most 2 decimals");
        }
        currency = currency == null || currency.isBlank()
                ? "EUR"
                : currency.strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new InvalidValueException("currency", "currency.format", "a currency is an ISO 4217 code like EUR");
        }
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(
                    field, field + ".required", field + " is required to qualify a lead (BANT)");
        }
        if (text.length() > 1000 || text.indexOf('\0') >= 0) {
            throw new InvalidValueException(field, field + ".length", field + " is at most 1000 characters, no NUL");
        }
        return text.strip();
    }
}
