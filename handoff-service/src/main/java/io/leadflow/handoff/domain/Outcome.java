package io.leadflow.handoff.domain;

import io.leadflow.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What became of a qualified lead, as a rep or a CRM tells it: an opportunity opened with its amount, the deal won with
 * the amount it closed at, or lost for a reason from the list (and a free note). Amounts are 0 or more, below 10^15,
 * with at most 2 decimals, in an ISO 4217 currency (EUR when none is given).
 */
public record Outcome(OutcomeKind kind, BigDecimal amount, String currency, LostReason lostReason, String note) {

    public Outcome {
        if (kind == null) {
            throw new InvalidValueException("outcome", "outcome.required", "outcome is opened, won or lost");
        }
        if (kind != OutcomeKind.LOST && amount == null) {
            throw new InvalidValueException("amount", "amount.required", "an opened or won deal needs its amount");
        }
        if (amount != null && (amount.signum() < 0 || amount.precision() - amount.scale() > 15 || amount.scale() > 2)) {
            throw new InvalidValueException(
                    "amount", "amount.range", "the amount is 0 or more, below 10^15, with at most 2 decimals");
        }
        if (kind == OutcomeKind.LOST && lostReason == null) {
            throw new InvalidValueException("lostReason", "lostReason.required", "a lost deal needs a lostReason");
        }
        if (kind != OutcomeKind.LOST && lostReason != null) {
            throw new InvalidValueException("lostReason", "lostReason.only-lost", "only a lost deal has a lostReason");
        }
        currency = amount == null
                ? null
                : currency == null || currency.isBlank()
                        ? "EUR"
                        : currency.strip().toUpperCase(Locale.ROOT);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new InvalidValueException("currency", "currency.format", "a currency is an ISO 4217 code like EUR");
        }
        if (note != null && (note.length() > 1000 || note.indexOf('\0') >= 0)) {
            throw new InvalidValueException("note", "note.length", "note is at most 1000 characters, no NUL");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static Outcome opened(BigDecimal amount, String currency) {
        return new Outcome(OutcomeKind.OPENED, amount, currency, null, null);
    }

    public static Outcome won(BigDecimal amount, String currency) {
        return new Outcome(OutcomeKind.WON, amount, currency, null, null);
    }

    public static Outcome lost(LostReason reason, String note) {
        return new Outcome(OutcomeKind.LOST, null, null, reason, note);
    }

    /**
     * The field in which {@code other} tells a different story than this outcome of the same kind, or null when it
     * tells the same (a repeat, whatever its note).
     */
    public String differingField(Outcome other) {
        if (kind != other.kind) {
            return "outcome";
        }
        if (amount != null && (other.amount == null || amount.compareTo(other.amount) != 0)) {
            return "amount";
        }
        if (!Objects.equals(currency, other.currency)) {
            return "currency";
        }
        return lostReason == other.lostReason ? null : "lostReason";
    }
}
