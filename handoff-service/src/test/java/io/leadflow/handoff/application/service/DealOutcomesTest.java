package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.OutcomeConflictException;
import io.leadflow.handoff.application.port.in.QualifyHandoffCommand;
import io.leadflow.handoff.application.port.in.RecordOutcomeCommand;
import io.leadflow.handoff.application.port.in.RecordOutcomeUseCase;
import io.leadflow.handoff.domain.Bant;
import io.leadflow.handoff.domain.HandoffDecisionRefusedException;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LostReason;
import io.leadflow.handoff.domain.Outcome;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DealOutcomesTest {

    private final HandoffFixture app = new HandoffFixture();
    private final InMemoryDealOutcomes outcomes = new InMemoryDealOutcomes();
    private final RecordOutcomeUseCase recordOutcome = HandoffServices.recordOutcome(app.ports, outcomes);
    private final LeadId lead = LeadId.newId();
    private final Actor anna = new Actor("anna@seller.example", Set.of("sales_rep"));
    private HandoffId handoff;

    @BeforeEach
    void anna_qualifies_a_lead() {
        app.rep("Anna", true);
        app.assignHandoff.assignHandoff(qualified(lead));
        handoff = new HandoffId(
                app.findHandoff.findHandoffsOfLead(lead).getFirst().id());
        app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(handoff));
        app.qualifyHandoff.qualifyHandoff(new QualifyHandoffCommand(
                handoff, new Bant("approved", "CFO", "churn", "Q1", new BigDecimal("20000"), "EUR"), anna));
        app.events.published.clear();
    }

    private HandoffView record(Outcome outcome) {
        return recordOutcome.recordOutcome(new RecordOutcomeCommand(handoff, outcome, anna));
    }

    private LeadStageChangedEvent move(int index) {
        return (LeadStageChangedEvent) app.events.published.get(index);
    }

    @Test
    void opening_moves_the_lead_to_opportunity_and_announces_the_amount_and_the_rep() {
        HandoffView view = record(Outcome.opened(new BigDecimal("18000.50"), "usd"));

        assertThat(view.stage()).isEqualTo("OPPORTUNITY");
        assertThat(view.status()).isEqualTo("QUALIFIED");
        assertThat(app.events.published).hasSize(1);
        assertThat(move(0).from()).isEqualTo(LifecycleStage.SQL);
        assertThat(move(0).to()).isEqualTo(LifecycleStage.OPPORTUNITY);
        assertThat(move(0).amount()).isEqualByComparingTo("18000.50");
        assertThat(move(0).currency()).isEqualTo("USD");
        assertThat(move(0).assignedTo()).isEqualTo("anna@seller.example");
        assertThat(move(0).metadata().correlationId()).isEqualTo("corr-1");
    }

    @Test
    void winning_a_lead_still_at_sql_passes_through_opportunity_and_closes_the_hand_off() {
        HandoffView view = record(Outcome.won(new BigDecimal("21000"), "EUR"));

        assertThat(view.stage()).isEqualTo("WON");
        assertThat(view.status()).isEqualTo("WON");
        assertThat(app.events.published).hasSize(2);
        assertThat(move(0).to()).isEqualTo(LifecycleStage.OPPORTUNITY);
        assertThat(move(1).from()).isEqualTo(LifecycleStage.OPPORTUNITY);
        assertThat(move(1).to()).isEqualTo(LifecycleStage.WON);
        assertThat(move(1).amount()).isEqualByComparingTo("21000");
        assertThat(move(1).reason()).isEqualTo("deal won (api)");
    }

    @Test
    void the_same_outcome_twice_changes_nothing_and_answers_the_same() {
        HandoffView first = record(Outcome.won(new BigDecimal("21000"), "EUR"));
        int published = app.events.published.size();

        HandoffView again = record(Outcome.won(new BigDecimal("21000.00"), "eur"));

        assertThat(again.stage()).isEqualTo(first.stage());
        assertThat(again.status()).isEqualTo("WON");
        assertThat(app.events.published).hasSize(published);
        assertThat(outcomes.recorded).hasSize(1);
    }

    @Test
    void a_different_amount_where_one_was_recorded_is_a_conflict_naming_the_field() {
        record(Outcome.opened(new BigDecimal("18000"), "EUR"));

        assertThatThrownBy(() -> record(Outcome.opened(new BigDecimal("9000"), "EUR")))
                .isInstanceOfSatisfying(
                        OutcomeConflictException.class,
                        e -> assertThat(e.field()).isEqualTo("amount"));
        assertThat(app.events.published).hasSize(1);
    }

    @Test
    void a_lost_deal_moves_to_lost_with_its_reason_and_cannot_be_won_afterwards() {
        record(Outcome.opened(new BigDecimal("18000"), "EUR"));
        HandoffView lost = record(Outcome.lost(LostReason.COMPETITOR, "went with the incumbent"));

        assertThat(lost.stage()).isEqualTo("LOST");
        assertThat(move(1).reason()).isEqualTo("deal lost: competitor (went with the incumbent) (api)");
        assertThat(move(1).amount()).isNull();
        assertThatThrownBy(() -> record(Outcome.won(BigDecimal.TEN, "EUR")))
                .isInstanceOf(HandoffDecisionRefusedException.class);
        assertThat(app.events.published).hasSize(2);
    }

    @Test
    void a_colleague_may_not_record_the_outcome_of_annas_lead() {
        app.rep("Ben", true);
        Actor ben = new Actor("ben@seller.example", Set.of("sales_rep"));

        assertThatThrownBy(() -> recordOutcome.recordOutcome(
                        new RecordOutcomeCommand(handoff, Outcome.won(BigDecimal.TEN, "EUR"), ben)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(app.events.published).isEmpty();
    }

    @Test
    void a_lead_not_yet_qualified_takes_no_outcome() {
        LeadId other = LeadId.newId();
        app.assignHandoff.assignHandoff(qualified(other));
        HandoffId accepted = new HandoffId(
                app.findHandoff.findHandoffsOfLead(other).getFirst().id());
        app.acceptHandoff.acceptHandoff(new AcceptHandoffCommand(accepted));

        assertThatThrownBy(() -> recordOutcome.recordOutcome(
                        new RecordOutcomeCommand(accepted, Outcome.won(BigDecimal.TEN, "EUR"), Actor.system())))
                .isInstanceOf(HandoffDecisionRefusedException.class)
                .hasMessageContaining("ACCEPTED");
    }
}
