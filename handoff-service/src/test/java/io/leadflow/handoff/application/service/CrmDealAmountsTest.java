package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.T0;
import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.ApplyPendingCrmDealsUseCase;
import io.leadflow.handoff.application.port.in.CrmDealView;
import io.leadflow.handoff.application.port.in.QualifyHandoffCommand;
import io.leadflow.handoff.application.port.in.RecordCrmDealCommand;
import io.leadflow.handoff.application.port.in.RecordCrmDealUseCase;
import io.leadflow.handoff.domain.Bant;
import io.leadflow.handoff.domain.CrmSource;
import io.leadflow.handoff.domain.CrmStageMapping;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.OutcomeKind;
import io.leadflow.handoff.domain.StageRule;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.DealAmountChangedEvent;
import io.leadflow.kernel.event.IntegrationEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A CRM changes only a deal's amount: the recorded amount follows, announced once per change. */
class CrmDealAmountsTest {

    private final HandoffFixture app = new HandoffFixture();
    private final InMemoryDealOutcomes outcomes = new InMemoryDealOutcomes();
    private final InMemoryCrmDeals deals = new InMemoryCrmDeals();
    private final CrmStageMapping mapping = new CrmStageMapping(Map.of(
            CrmSource.HUBSPOT,
            Map.of(
                    "contractsent", new StageRule(OutcomeKind.OPENED, null),
                    "closedwon", new StageRule(OutcomeKind.WON, null))));
    private final RecordCrmDealUseCase recordDeal = HandoffServices.recordCrmDeal(app.ports, outcomes, deals, mapping);
    private final ApplyPendingCrmDealsUseCase pending =
            HandoffServices.applyPendingCrmDeals(app.ports, outcomes, deals, mapping);
    private final LeadId lead = LeadId.newId();

    @BeforeEach
    void anna_holds_a_qualified_lead() {
        app.rep("Anna", true);
        app.profiles.keepIfNewer(new LeadProfile(lead, "jo@acme.example", Map.of(), T0));
        app.assignHandoff.assignHandoff(qualified(lead));
    }

    private HandoffId handoff() {
        return new HandoffId(app.findHandoff.findHandoffsOfLead(lead).getFirst().id());
    }

    private void qualify() {
        app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(handoff()));
        app.qualifyHandoff.qualifyHandoff(new QualifyHandoffCommand(
                handoff(), new Bant("yes", "CFO", "need", "Q1", new BigDecimal("5000"), "EUR"), Actor.system()));
    }

    private CrmDealView deal(String delivery, String stage, String amount, String currency) {
        return recordDeal.recordCrmDeal(new RecordCrmDealCommand(
                CrmSource.HUBSPOT,
                delivery,
                "deal-77",
                stage,
                lead.value().toString(),
                null,
                amount == null ? null : new BigDecimal(amount),
                currency));
    }

    private List<DealAmountChangedEvent> amountChanges() {
        return app.events.published.stream()
                .filter(DealAmountChangedEvent.class::isInstance)
                .map(DealAmountChangedEvent.class::cast)
                .toList();
    }

    @Test
    void an_amount_change_of_a_won_deal_records_the_new_amount_and_announces_it_once() {
        qualify();
        deal("e1", "closedwon", "7000", "EUR");
        int moves = app.events.published.size();

        CrmDealView changed = deal("e2", null, "7500.50", null);
        CrmDealView retried = deal("e2", null, "7500.50", null);
        CrmDealView same = deal("e3", null, "7500.50", null);

        assertThat(List.of(changed.status(), retried.status(), same.status())).containsOnly("applied");
        assertThat(amountChanges()).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo(LifecycleStage.WON);
            assertThat(e.amount()).isEqualByComparingTo("7500.50");
            assertThat(e.currency()).isEqualTo("EUR");
            assertThat(e.metadata().lead()).isEqualTo(lead);
        });
        assertThat(app.events.published).hasSize(moves + 1);
        assertThat(outcomes.latest(handoff()).orElseThrow().outcome().amount()).isEqualByComparingTo("7500.50");
        assertThat(app.findHandoff.findHandoff(handoff()).stage()).isEqualTo("WON");
    }

    @Test
    void the_same_stage_sent_again_with_another_amount_reprices_the_opportunity_instead_of_conflicting() {
        qualify();
        deal("e1", "contractsent", "900", "EUR");

        CrmDealView repriced = deal("e2", "contractsent", "1200", "EUR");

        assertThat(repriced.status()).isEqualTo("applied");
        assertThat(amountChanges()).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo(LifecycleStage.OPPORTUNITY);
            assertThat(e.amount()).isEqualByComparingTo("1200");
        });
        assertThat(app.findHandoff.findHandoff(handoff()).stage()).isEqualTo("OPPORTUNITY");
    }

    @Test
    void an_amount_change_before_the_lead_has_a_deal_is_kept_as_ignored_and_announces_nothing() {
        qualify();
        int before = app.events.published.size();

        CrmDealView early = deal("e1", null, "800", "EUR");

        assertThat(early.status()).isEqualTo("ignored");
        assertThat(early.note()).contains("no opened or won deal");
        assertThat(app.events.published).hasSize(before);
    }

    @Test
    void an_amount_change_for_a_lead_not_qualified_yet_waits_and_is_applied_later() {
        CrmDealView waiting = deal("e1", null, "800", "EUR");
        assertThat(waiting.status()).isEqualTo("unmatched");

        qualify();
        deal("e2", "contractsent", "700", "EUR");
        assertThat(pending.applyPendingCrmDeals()).isEqualTo(1);

        assertThat(amountChanges()).extracting(IntegrationEvent::eventId).hasSize(1);
        assertThat(outcomes.latest(handoff()).orElseThrow().outcome().amount()).isEqualByComparingTo("800");
    }

    @Test
    void a_waiting_amount_change_older_than_the_deal_recorded_since_does_not_override_it() {
        deal("e1", null, "800", "EUR");
        app.clock.advance(Duration.ofMinutes(5));
        qualify();
        deal("e2", "contractsent", "700", "EUR");

        pending.applyPendingCrmDeals();

        assertThat(amountChanges()).isEmpty();
        assertThat(outcomes.latest(handoff()).orElseThrow().outcome().amount()).isEqualByComparingTo("700");
    }
}
