package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.T0;
import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.ApplyPendingCrmDealsUseCase;
import io.leadflow.handoff.application.port.in.CrmDealView;
import io.leadflow.handoff.application.port.in.FindCrmDealsQuery;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.QualifyHandoffCommand;
import io.leadflow.handoff.application.port.in.RecordCrmDealCommand;
import io.leadflow.handoff.application.port.in.RecordCrmDealUseCase;
import io.leadflow.handoff.domain.Bant;
import io.leadflow.handoff.domain.CrmSource;
import io.leadflow.handoff.domain.CrmStageMapping;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.LostReason;
import io.leadflow.handoff.domain.OutcomeKind;
import io.leadflow.handoff.domain.StageRule;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrmDealsTest {

    private final HandoffFixture app = new HandoffFixture();
    private final InMemoryDealOutcomes outcomes = new InMemoryDealOutcomes();
    private final InMemoryCrmDeals deals = new InMemoryCrmDeals();
    private final CrmStageMapping mapping = new CrmStageMapping(Map.of(
            CrmSource.HUBSPOT,
            Map.of(
                    "contractsent", new StageRule(OutcomeKind.OPENED, null),
                    "closedwon", new StageRule(OutcomeKind.WON, null),
                    "closedlost", new StageRule(OutcomeKind.LOST, LostReason.OTHER))));
    private final RecordCrmDealUseCase recordDeal = HandoffServices.recordCrmDeal(app.ports, outcomes, deals, mapping);
    private final ApplyPendingCrmDealsUseCase pending =
            HandoffServices.applyPendingCrmDeals(app.ports, outcomes, deals, mapping);
    private final FindCrmDealsQuery find = HandoffServices.findCrmDeals(deals);
    private final LeadId lead = LeadId.newId();

    @BeforeEach
    void anna_holds_a_lead_whose_profile_has_an_email() {
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
        app.events.published.clear();
    }

    private static RecordCrmDealCommand deal(
            String delivery, String stage, String leadId, String email, String amount) {
        return new RecordCrmDealCommand(
                CrmSource.HUBSPOT,
                delivery,
                "deal-77",
                stage,
                leadId,
                email,
                amount == null ? null : new BigDecimal(amount),
                "EUR");
    }

    @Test
    void a_won_deal_matched_by_email_moves_the_qualified_lead_to_won_with_its_amount() {
        qualify();

        CrmDealView view = recordDeal.recordCrmDeal(deal("e1", "closedwon", null, "JO@acme.example", "7000"));

        assertThat(view.status()).isEqualTo("applied");
        assertThat(app.findHandoff.findHandoff(handoff()).stage()).isEqualTo("WON");
        assertThat(app.events.published).hasSize(2);
        assertThat(((LeadStageChangedEvent) app.events.published.getLast()).to())
                .isEqualTo(LifecycleStage.WON);
        assertThat(((LeadStageChangedEvent) app.events.published.getLast()).amount())
                .isEqualByComparingTo("7000");
        assertThat(((LeadStageChangedEvent) app.events.published.getLast()).reason())
                .contains("hubspot");
    }

    @Test
    void a_retried_delivery_answers_as_the_first_and_moves_nothing_twice() {
        qualify();
        recordDeal.recordCrmDeal(deal("e1", "closedwon", lead.value().toString(), null, "7000"));
        int published = app.events.published.size();

        CrmDealView again =
                recordDeal.recordCrmDeal(deal("e1", "closedwon", lead.value().toString(), null, "7000"));

        assertThat(again.status()).isEqualTo("applied");
        assertThat(app.events.published).hasSize(published);
        assertThat(deals.deals).hasSize(1);
    }

    @Test
    void a_deal_of_a_lead_not_yet_qualified_waits_and_is_applied_once_the_lead_is() {
        CrmDealView early =
                recordDeal.recordCrmDeal(deal("e1", "contractsent", lead.value().toString(), null, "900"));
        assertThat(early.status()).isEqualTo("unmatched");
        assertThat(pending.applyPendingCrmDeals()).isZero();

        qualify();

        assertThat(pending.applyPendingCrmDeals()).isEqualTo(1);
        assertThat(app.findHandoff.findHandoff(handoff()).stage()).isEqualTo("OPPORTUNITY");
        assertThat(find.findCrmDeals("applied", Actor.system()))
                .singleElement()
                .satisfies(d ->
                        assertThat(d.handoffId()).isEqualTo(handoff().value().toString()));
    }

    @Test
    void a_deal_of_an_unknown_contact_is_kept_unmatched_and_listed_for_admins_only() {
        CrmDealView view = recordDeal.recordCrmDeal(deal("e1", "closedwon", null, "stranger@else.example", "1"));

        assertThat(view.status()).isEqualTo("unmatched");
        assertThat(find.findCrmDeals("unmatched", Actor.system()))
                .singleElement()
                .satisfies(d -> assertThat(d.email()).isEqualTo("stranger@else.example"));
        assertThatThrownBy(() -> find.findCrmDeals(null, new Actor("anna@seller.example", Set.of("sales_rep"))))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void an_unmapped_stage_is_kept_as_ignored_and_a_won_deal_without_amount_as_refused() {
        qualify();

        assertThat(recordDeal
                        .recordCrmDeal(deal("e1", "appointmentscheduled", null, "jo@acme.example", null))
                        .status())
                .isEqualTo("ignored");
        CrmDealView refused = recordDeal.recordCrmDeal(deal("e2", "closedwon", null, "jo@acme.example", null));
        assertThat(refused.status()).isEqualTo("refused");
        assertThat(refused.note()).startsWith("amount");
        assertThat(app.events.published).isEmpty();
    }
}
