package io.leadflow.kernel.event;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LifecycleStage;
import java.math.BigDecimal;

/**
 * The amount of a lead's deal changed while its stage stayed (a CRM repriced an open opportunity or corrected a won
 * deal's amount): {@code stage} is OPPORTUNITY or WON, {@code amount} and {@code currency} the deal's amount now, so
 * that the funnel counts the revenue the deal stands at. Consumers that only care about stage moves ignore it.
 */
public record DealAmountChangedEvent(
        EventMetadata metadata, LifecycleStage stage, BigDecimal amount, String currency, String source)
        implements IntegrationEvent {

    public static final String TYPE = "DealAmountChanged";
    public static final int VERSION = 1;

    public DealAmountChangedEvent {
        metadata.requireType(TYPE);
        Events.require(stage, "stage");
        Events.require(amount, "amount");
        Events.require(currency, "currency");
        if (stage != LifecycleStage.OPPORTUNITY && stage != LifecycleStage.WON) {
            throw new InvalidValueException("stage", "stage.priced", "only an opportunity or a won deal has an amount");
        }
        if (amount.signum() < 0) {
            throw new InvalidValueException("amount", "amount.range", "a deal's amount is 0 or more");
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new InvalidValueException("currency", "currency.format", "a currency is an ISO 4217 code like EUR");
        }
    }
}
