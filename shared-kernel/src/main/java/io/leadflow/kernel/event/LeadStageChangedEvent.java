package io.leadflow.kernel.event;

import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LifecycleStage;
import java.math.BigDecimal;

/**
 * A lead moved along the lifecycle; the actor is the service, or the person, that moved it. Moves into OPPORTUNITY and
 * WON carry the deal's amount and ISO 4217 currency, so the funnel can count revenue by channel; {@code assignedTo}
 * names the rep holding the lead when sales moved it. The three are optional (absent in older events and in moves
 * they do not describe): a reader that does not know them ignores them.
 */
public record LeadStageChangedEvent(
        EventMetadata metadata,
        LifecycleStage from,
        LifecycleStage to,
        String reason,
        String actor,
        BigDecimal amount,
        String currency,
        String assignedTo)
        implements IntegrationEvent {

    public static final String TYPE = "LeadStageChanged";
    public static final int VERSION = 1;

    public LeadStageChangedEvent {
        metadata.requireType(TYPE);
        Events.require(from, "from");
        Events.require(to, "to");
        Events.require(actor, "actor");
        if (!from.canMoveTo(to)) {
            throw new IllegalStageTransitionException(from, to, "not a lifecycle move");
        }
        if (amount != null && amount.signum() < 0) {
            throw new InvalidValueException("amount", "amount.range", "a deal's amount is 0 or more");
        }
        if ((amount == null) != (currency == null)) {
            throw new InvalidValueException("currency", "currency.paired", "an amount comes with its currency");
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new InvalidValueException("currency", "currency.format", "a currency is an ISO 4217 code like EUR");
        }
    }

    /** A move without a deal amount or a rep. */
    public LeadStageChangedEvent(
            EventMetadata metadata, LifecycleStage from, LifecycleStage to, String reason, String actor) {
        this(metadata, from, to, reason, actor, null, null, null);
    }
}
