package io.leadflow.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HandoffDecisionsDomainTest {

    private static final Bant BANT =
            new Bant("approved", "CFO signs", "replace CRM", "Q1", new BigDecimal("48000.00"), "eur");

    @Test
    void an_accepted_lead_qualifies_to_sql_with_bant_and_amount() {
        Handoff accepted = TestData.anAssignedHandoff(TestData.aRep("Anna"))
                .accept(TestData.T0)
                .handoff();

        StageMove move = accepted.qualify(BANT, TestData.T0.plusSeconds(60));

        assertThat(move.from()).isEqualTo(LifecycleStage.SAL);
        assertThat(move.to()).isEqualTo(LifecycleStage.SQL);
        assertThat(move.handoff().status()).isEqualTo(HandoffStatus.QUALIFIED);
        assertThat(move.handoff().bant().currency()).isEqualTo("EUR");
        assertThat(move.handoff().sqlAt()).isEqualTo(TestData.T0.plusSeconds(60));
    }

    @Test
    void a_lead_not_yet_accepted_cannot_be_qualified() {
        Handoff assigned = TestData.anAssignedHandoff(TestData.aRep("Anna"));

        assertThatThrownBy(() -> assigned.qualify(BANT, TestData.T0))
                .isInstanceOf(HandoffDecisionRefusedException.class);
    }

    @Test
    void a_qualified_lead_can_still_be_rejected_and_a_disqualified_one_nothing_more() {
        Handoff sql = TestData.anAssignedHandoff(TestData.aRep("Anna"))
                .accept(TestData.T0)
                .handoff()
                .qualify(BANT, TestData.T0)
                .handoff();

        assertThat(sql.reject(RejectionReason.NO_BUDGET, null, TestData.T0).to())
                .isEqualTo(LifecycleStage.REJECTED);
        Handoff out =
                sql.disqualify("competitor", "anna@seller.example", TestData.T0).handoff();
        assertThat(out.stage()).isEqualTo(LifecycleStage.DISQUALIFIED);
        assertThat(out.isOpen()).isFalse();
        assertThatThrownBy(() -> out.reject(RejectionReason.TIMING, null, TestData.T0))
                .isInstanceOf(HandoffDecisionRefusedException.class);
    }

    @Test
    void bant_needs_every_letter_and_a_sane_amount() {
        assertThatThrownBy(() -> new Bant("", "CFO", "CRM", "Q1", BigDecimal.ONE, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("budget"));
        assertThatThrownBy(() -> new Bant("ok", "CFO", "CRM", "Q1", new BigDecimal("-1"), null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> new Bant("ok", "CFO", "CRM", "Q1", new BigDecimal("1e30"), null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void a_sales_generated_lead_enters_at_sal_in_the_reps_hands() {
        SalesRep rep = TestData.aRep("Anna");
        Handoff sgl = Handoff.salesGenerated(
                HandoffId.newId(), TestData.aQualification(io.leadflow.kernel.LeadId.newId()), rep, TestData.T0);

        assertThat(sgl.stage()).isEqualTo(LifecycleStage.SAL);
        assertThat(sgl.status()).isEqualTo(HandoffStatus.ACCEPTED);
        assertThat(sgl.repId()).isEqualTo(rep.id());
        assertThat(sgl.assignedBy()).isEqualTo("sales-generated");
    }

    @Test
    void only_a_two_tier_hand_off_in_its_first_tier_is_passed_on() {
        TeamId sdr = TeamId.newId();
        TeamId ae = TeamId.newId();
        SalesRep rita = TestData.aRep("Rita");
        SalesRep alex = TestData.aRep("Alex");
        Handoff first = Handoff.open(
                HandoffId.newId(),
                TestData.aQualification(io.leadflow.kernel.LeadId.newId()),
                new Assignment(rita, "rule:tql", sdr),
                new Route(sdr, 1, ae),
                TestData.T0);
        Handoff accepted = first.accept(TestData.T0).handoff();

        Handoff passed = accepted.passOn(new Assignment(alex, "two-tier", ae), TestData.T0.plusSeconds(5));

        assertThat(passed.repId()).isEqualTo(alex.id());
        assertThat(passed.route()).isEqualTo(new Route(ae, 2, null));
        assertThat(passed.stage()).isEqualTo(LifecycleStage.SAL);
        assertThatThrownBy(() -> passed.passOn(new Assignment(rita, "x", sdr), TestData.T0))
                .isInstanceOf(HandoffDecisionRefusedException.class);
        assertThatThrownBy(() -> first.passOn(new Assignment(alex, "x", ae), TestData.T0))
                .isInstanceOf(HandoffDecisionRefusedException.class);
    }

    @Test
    void an_illegal_stage_move_is_refused_by_the_lifecycle() {
        Handoff rejected = TestData.anAssignedHandoff(TestData.aRep("Anna"))
                .reject(RejectionReason.TIMING, null, TestData.T0)
                .handoff();

        assertThatThrownBy(() -> rejected.accept(TestData.T0))
                .isInstanceOfAny(HandoffDecisionRefusedException.class, IllegalStageTransitionException.class);
    }
}
