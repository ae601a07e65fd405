package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.RecordDealAmountCommand;
import io.leadflow.scoring.application.port.in.RecordDealAmountUseCase;
import io.leadflow.scoring.application.port.out.DealAmounts;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import org.springframework.transaction.annotation.Transactional;

/** Each announced amount change once: the event id is recorded with the amount, in one transaction. */
class RecordDealAmountService implements RecordDealAmountUseCase {

    private final ProcessedEvents processed;
    private final DealAmounts amounts;

    RecordDealAmountService(ProcessedEvents processed, DealAmounts amounts) {
        this.processed = processed;
        this.amounts = amounts;
    }

    @Override
    @Transactional
    public void recordDealAmount(RecordDealAmountCommand c) {
        if (processed.firstSeen(c.eventId())) {
            amounts.record(c.leadId(), c.stage(), c.amount(), c.currency(), c.occurredAt(), c.eventId());
        }
    }
}
