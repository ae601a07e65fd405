package io.leadflow.scoring.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.RecordDealAmountCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordDealAmountServiceTest {

    @Test
    void an_amount_change_delivered_twice_is_kept_once() {
        List<String> kept = new ArrayList<>();
        var service = new RecordDealAmountService(
                new InMemoryProcessedEvents(),
                (lead, stage, amount, currency, at, eventId) -> kept.add(stage + " " + amount + " " + currency));
        RecordDealAmountCommand change = new RecordDealAmountCommand(
                UUID.randomUUID(),
                LeadId.newId(),
                LifecycleStage.WON,
                new BigDecimal("9750.50"),
                "EUR",
                Instant.parse("2026-11-02T10:00:00Z"));

        service.recordDealAmount(change);
        service.recordDealAmount(change);

        assertThat(kept).containsExactly("WON 9750.50 EUR");
    }
}
