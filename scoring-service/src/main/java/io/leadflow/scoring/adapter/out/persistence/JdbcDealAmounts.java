package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.out.DealAmounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code deal_amount}: one row per lead and priced stage, the latest change by time. */
@Repository
class JdbcDealAmounts implements DealAmounts {

    private final JdbcClient jdbc;

    JdbcDealAmounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(
            LeadId leadId, LifecycleStage stage, BigDecimal amount, String currency, Instant at, UUID eventId) {
        jdbc.sql("""
                insert into deal_amount (lead_id, stage, amount, currency, occurred_at, event_id)
                values (:lead, :stage, :amount, :currency, :at, :event)
                on conflict (lead_id, stage) do update
                    set amount = excluded.amount, currency = excluded.currency, occurred_at = excluded.occurred_at,
                        event_id = excluded.event_id
                    where deal_amount.occurred_at <= excluded.occurred_at""")
                .param("lead", leadId.value())
                .param("stage", stage.name())
                .param("amount", amount)
                .param("currency", currency)
                .param("at", LeadRows.timestamp(at))
                .param("event", eventId)
                .update();
    }
}
