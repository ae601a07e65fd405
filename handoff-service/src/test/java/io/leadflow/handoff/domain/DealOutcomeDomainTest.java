package io.leadflow.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LifecycleStage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealOutcomeDomainTest {

    private static Handoff anSql() {
        return TestData.anAssignedHandoff(TestData.aRep("Anna"))
                .accept(TestData.T0)
                .handoff()
                .qualify(new Bant("yes", "CFO", "need", "Q1", BigDecimal.TEN, "EUR"), TestData.T0)
                .handoff();
    }

    @Test
    void opening_moves_an_sql_to_opportunity_and_keeps_the_hand_off_with_sales() {
        List<StageMove> moves = anSql().recordOutcome(OutcomeKind.OPENED);

        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo(LifecycleStage.SQL);
            assertThat(move.to()).isEqualTo(LifecycleStage.OPPORTUNITY);
            assertThat(move.handoff().status()).isEqualTo(HandoffStatus.QUALIFIED);
            assertThat(move.handoff().isOpen()).isTrue();
        });
    }

    @Test
    void a_deal_won_at_sql_passes_through_opportunity_and_closes_the_hand_off() {
        List<StageMove> moves = anSql().recordOutcome(OutcomeKind.WON);

        assertThat(moves).extracting(StageMove::to).containsExactly(LifecycleStage.OPPORTUNITY, LifecycleStage.WON);
        assertThat(moves.getLast().handoff().status()).isEqualTo(HandoffStatus.WON);
        assertThat(moves.getLast().handoff().isOpen()).isFalse();
    }

    @Test
    void a_lost_opportunity_closes_and_cannot_be_won_later() {
        Handoff opportunity =
                anSql().recordOutcome(OutcomeKind.OPENED).getLast().handoff();
        Handoff lost = opportunity.recordOutcome(OutcomeKind.LOST).getLast().handoff();

        assertThat(lost.stage()).isEqualTo(LifecycleStage.LOST);
        assertThat(lost.status()).isEqualTo(HandoffStatus.LOST);
        assertThatThrownBy(() -> lost.recordOutcome(OutcomeKind.WON))
                .isInstanceOf(HandoffDecisionRefusedException.class);
    }

    @Test
    void a_lead_not_qualified_yet_takes_no_outcome() {
        Handoff accepted = TestData.anAssignedHandoff(TestData.aRep("Anna"))
                .accept(TestData.T0)
                .handoff();

        assertThatThrownBy(() -> accepted.recordOutcome(OutcomeKind.OPENED))
                .isInstanceOf(HandoffDecisionRefusedException.class)
                .hasMessageContaining("ACCEPTED");
    }

    @Test
    void an_outcome_says_which_field_breaks_which_rule() {
        assertThatThrownBy(() -> Outcome.won(null, "EUR"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("amount.required"));
        assertThatThrownBy(() -> Outcome.opened(new BigDecimal("1.001"), "EUR"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("amount.range"));
        assertThatThrownBy(() -> Outcome.opened(BigDecimal.ONE, "euro"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> Outcome.lost(null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("lostReason"));
        assertThatThrownBy(() -> LostReason.parse("vibes"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("lostReason.unknown"));
    }

    @Test
    void a_repeat_differs_in_nothing_and_another_amount_is_named() {
        Outcome won = Outcome.won(new BigDecimal("900"), "eur");

        assertThat(won.differingField(Outcome.won(new BigDecimal("900.00"), "EUR")))
                .isNull();
        assertThat(won.differingField(Outcome.won(new BigDecimal("901"), "EUR")))
                .isEqualTo("amount");
        assertThat(won.differingField(Outcome.won(new BigDecimal("900"), "USD")))
                .isEqualTo("currency");
        assertThat(Outcome.lost(LostReason.PRICE, "a").differingField(Outcome.lost(LostReason.PRICE, "b")))
                .isNull();
    }

    @Test
    void the_stage_mapping_ignores_case_and_knows_only_its_own_crm() {
        CrmStageMapping mapping = new CrmStageMapping(
                Map.of(CrmSource.HUBSPOT, Map.of("closedwon", new StageRule(OutcomeKind.WON, null))));

        assertThat(mapping.ruleFor(CrmSource.HUBSPOT, " ClosedWon ")).isPresent();
        assertThat(mapping.ruleFor(CrmSource.SALESFORCE, "closedwon")).isEmpty();
        assertThat(mapping.ruleFor(CrmSource.HUBSPOT, null)).isEmpty();
    }
}
