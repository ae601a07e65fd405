package io.leadflow.handoff.domain;

import static io.leadflow.handoff.domain.TestData.T0;
import static io.leadflow.handoff.domain.TestData.aRep;
import static io.leadflow.handoff.domain.TestData.anAssignedHandoff;
import static io.leadflow.handoff.domain.TestData.anUnassignedHandoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import org.junit.jupiter.api.Test;

class HandoffTest {

    private final SalesRep anna = aRep("Anna");

    @Test
    void accepting_moves_the_lead_from_mql_to_sal() {
        HandoffAccepted accepted = anAssignedHandoff(anna).accept(T0.plusSeconds(60));

        assertThat(accepted.from()).isEqualTo(LifecycleStage.MQL);
        assertThat(accepted.to()).isEqualTo(LifecycleStage.SAL);
        assertThat(accepted.handoff().status()).isEqualTo(HandoffStatus.ACCEPTED);
        assertThat(accepted.handoff().stage()).isEqualTo(LifecycleStage.SAL);
        assertThat(accepted.handoff().acceptedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void rejecting_moves_the_lead_from_mql_to_rejected_and_keeps_the_reason_and_the_rep() {
        HandoffRejected rejected =
                anAssignedHandoff(anna).reject(RejectionReason.TIMING, "call back in Q2", T0.plusSeconds(60));

        assertThat(rejected.from()).isEqualTo(LifecycleStage.MQL);
        assertThat(rejected.to()).isEqualTo(LifecycleStage.REJECTED);
        assertThat(rejected.handoff().status()).isEqualTo(HandoffStatus.REJECTED);
        assertThat(rejected.rejection())
                .isEqualTo(new Rejection(RejectionReason.TIMING, "call back in Q2", anna.id(), T0.plusSeconds(60)));
    }

    @Test
    void a_rep_can_still_reject_a_lead_they_accepted_moving_it_from_sal_to_rejected() {
        Handoff accepted = anAssignedHandoff(anna).accept(T0).handoff();

        HandoffRejected rejected = accepted.reject(RejectionReason.NO_BUDGET, null, T0.plusSeconds(3600));

        assertThat(rejected.from()).isEqualTo(LifecycleStage.SAL);
        assertThat(rejected.to()).isEqualTo(LifecycleStage.REJECTED);
    }

    @Test
    void a_second_acceptance_is_refused() {
        Handoff accepted = anAssignedHandoff(anna).accept(T0).handoff();

        assertThatThrownBy(() -> accepted.accept(T0))
                .isInstanceOf(HandoffDecisionRefusedException.class)
                .hasMessageContaining("ACCEPTED");
    }

    @Test
    void a_rejected_handoff_refuses_any_further_decision() {
        Handoff rejected =
                anAssignedHandoff(anna).reject(RejectionReason.TIMING, null, T0).handoff();

        assertThatThrownBy(() -> rejected.reject(RejectionReason.NO_BUDGET, null, T0))
                .isInstanceOf(HandoffDecisionRefusedException.class);
        assertThatThrownBy(() -> rejected.accept(T0))
                .isInstanceOf(HandoffDecisionRefusedException.class)
                .hasMessageContaining("REJECTED");
    }

    @Test
    void an_unassigned_handoff_cannot_be_decided_because_no_rep_holds_it() {
        Handoff unassigned = anUnassignedHandoff();

        assertThatThrownBy(() -> unassigned.accept(T0))
                .isInstanceOf(HandoffDecisionRefusedException.class)
                .hasMessageContaining("no rep holds it");
        assertThatThrownBy(() -> unassigned.reject(RejectionReason.TIMING, null, T0))
                .isInstanceOf(HandoffDecisionRefusedException.class);
    }

    @Test
    void a_manager_reassigns_a_waiting_hand_off_to_another_rep_who_is_named_with_who_moved_it() {
        SalesRep ben = aRep("Ben");

        Handoff moved = anAssignedHandoff(anna).reassignTo(ben, "boss@seller.example", T0.plusSeconds(600));

        assertThat(moved.repId()).isEqualTo(ben.id());
        assertThat(moved.status()).isEqualTo(HandoffStatus.ASSIGNED);
        assertThat(moved.assignedAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(moved.assignedBy()).isEqualTo("reassigned by boss@seller.example");
        assertThat(moved.stage()).isEqualTo(LifecycleStage.MQL);
    }

    @Test
    void an_accepted_hand_off_is_not_reassigned() {
        Handoff accepted = anAssignedHandoff(anna).accept(T0).handoff();

        assertThatThrownBy(() -> accepted.reassignTo(aRep("Ben"), "boss@seller.example", T0))
                .isInstanceOf(HandoffDecisionRefusedException.class);
    }
}
