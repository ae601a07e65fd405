package io.leadflow.handoff.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.CrmDeal;
import io.leadflow.handoff.domain.CrmDealStatus;
import io.leadflow.handoff.domain.CrmSource;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LostReason;
import io.leadflow.handoff.domain.Outcome;
import io.leadflow.handoff.domain.RecordedOutcome;
import io.leadflow.kernel.LeadId;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outcomes and CRM deal updates as PostgreSQL keeps them. */
class JdbcDealsIT {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private final JdbcClient jdbc = ContractDatabase.empty();
    private final JdbcDealOutcomes outcomes = new JdbcDealOutcomes(jdbc);
    private final JdbcCrmDeals deals = new JdbcCrmDeals(jdbc);

    @Test
    void the_latest_outcome_of_a_hand_off_comes_back_with_its_amount_reason_and_source() {
        HandoffId handoff = ContractDatabase.storedHandoff(jdbc);
        outcomes.add(new RecordedOutcome(
                handoff, Outcome.opened(new BigDecimal("18000.50"), "USD"), "api", null, "anna@x.example", T0));
        outcomes.add(new RecordedOutcome(
                handoff,
                Outcome.lost(LostReason.COMPETITOR, "went elsewhere"),
                "hubspot",
                "deal-9",
                "crm:hubspot",
                T0.plusSeconds(60)));

        RecordedOutcome latest = outcomes.latest(handoff).orElseThrow();

        assertThat(latest.outcome()).isEqualTo(Outcome.lost(LostReason.COMPETITOR, "went elsewhere"));
        assertThat(latest.source()).isEqualTo("hubspot");
        assertThat(latest.dealId()).isEqualTo("deal-9");
        assertThat(latest.recordedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(outcomes.latest(HandoffId.newId())).isEmpty();
    }

    private static CrmDeal received(String delivery, LeadId lead) {
        return new CrmDeal(
                null,
                CrmSource.HUBSPOT,
                delivery,
                "deal-1",
                "closedwon",
                lead,
                "jo@acme.example",
                new BigDecimal("7000.00"),
                "EUR",
                T0,
                CrmDealStatus.UNMATCHED,
                null,
                null,
                null);
    }

    @Test
    void a_delivery_is_kept_once_and_a_retry_finds_the_first() {
        String delivery = "evt-" + java.util.UUID.randomUUID();
        CrmDeal kept = deals.addIfNew(received(delivery, null)).orElseThrow();

        assertThat(deals.addIfNew(received(delivery, null))).isEmpty();
        assertThat(deals.findDelivery(CrmSource.HUBSPOT, delivery)).contains(kept);
        assertThat(deals.findDelivery(CrmSource.SALESFORCE, delivery)).isEmpty();
    }

    @Test
    void an_unmatched_update_waits_in_the_list_until_it_is_settled() {
        LeadId lead = LeadId.newId();
        CrmDeal kept = deals.addIfNew(received("evt-" + java.util.UUID.randomUUID(), lead))
                .orElseThrow();
        assertThat(deals.lockUnmatched(1000)).contains(kept);
        assertThat(deals.list(CrmDealStatus.UNMATCHED, 500)).contains(kept);

        HandoffId handoff = ContractDatabase.storedHandoff(jdbc);
        CrmDeal applied = kept.settled(CrmDealStatus.APPLIED, null, handoff, T0.plusSeconds(5));
        deals.save(applied);

        assertThat(deals.lockUnmatched(1000)).doesNotContain(kept);
        assertThat(deals.list(CrmDealStatus.APPLIED, 500)).contains(applied);
        assertThat(deals.list(null, 500).getFirst().id()).isGreaterThanOrEqualTo(applied.id());
    }
}
