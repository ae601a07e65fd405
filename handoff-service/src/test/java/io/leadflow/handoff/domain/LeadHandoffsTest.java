package io.leadflow.handoff.domain;

import static io.leadflow.handoff.domain.TestData.T0;
import static io.leadflow.handoff.domain.TestData.aQualification;
import static io.leadflow.handoff.domain.TestData.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadHandoffsTest {

    private final LeadId lead = LeadId.newId();
    private final RoundRobin policy = new RoundRobin();

    @Test
    void hands_a_qualified_lead_to_the_chosen_rep_at_mql() {
        SalesRep anna = aRep("Anna");
        Qualification qualification = aQualification(lead);

        HandoffOpened opened = new LeadHandoffs(lead, List.of())
                .handOff(HandoffId.newId(), qualification, List.of(anna), policy, T0)
                .orElseThrow();

        Handoff handoff = opened.handoff();
        assertThat(handoff.status()).isEqualTo(HandoffStatus.ASSIGNED);
        assertThat(handoff.stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(handoff.repId()).isEqualTo(anna.id());
        assertThat(handoff.assignedBy()).isEqualTo("round-robin");
        assertThat(handoff.assignedAt()).isEqualTo(T0);
        assertThat(handoff.qualification().reasons()).containsExactly("demo requested", "company size 200-500");
        assertThat(opened.assignee())
                .hasValueSatisfying(rep -> assertThat(rep.lastAssignedAt()).isEqualTo(T0));
    }

    @Test
    void without_an_available_rep_the_handoff_waits_unassigned() {
        HandoffOpened opened = new LeadHandoffs(lead, List.of())
                .handOff(HandoffId.newId(), aQualification(lead), List.of(aRep("Anna", false, null)), policy, T0)
                .orElseThrow();

        assertThat(opened.handoff().status()).isEqualTo(HandoffStatus.UNASSIGNED);
        assertThat(opened.handoff().repId()).isNull();
        assertThat(opened.handoff().assignedBy()).isNull();
        assertThat(opened.assignee()).isEmpty();
    }

    @Test
    void a_lead_holding_an_open_handoff_gets_no_second_one() {
        LeadHandoffs once = leadWith(aRep("Anna"));

        assertThat(once.handOff(HandoffId.newId(), aQualification(lead), List.of(aRep("Bert")), policy, T0))
                .isEmpty();
    }

    @Test
    void an_accepted_handoff_is_still_open() {
        SalesRep anna = aRep("Anna");
        Handoff accepted = leadWith(anna).handoffs().getFirst().accept(T0).handoff();

        assertThat(new LeadHandoffs(lead, List.of(accepted))
                        .handOff(HandoffId.newId(), aQualification(lead), List.of(anna), policy, T0))
                .isEmpty();
    }

    @Test
    void a_lead_whose_handoff_was_rejected_can_be_handed_off_again() {
        Handoff rejected = leadWith(aRep("Anna"))
                .handoffs()
                .getFirst()
                .reject(RejectionReason.TIMING, null, T0)
                .handoff();

        assertThat(new LeadHandoffs(lead, List.of(rejected))
                        .handOff(
                                HandoffId.newId(),
                                aQualification(lead),
                                List.of(aRep("Bert")),
                                policy,
                                T0.plusSeconds(1)))
                .hasValueSatisfying(
                        opened -> assertThat(opened.handoff().status()).isEqualTo(HandoffStatus.ASSIGNED));
    }

    private LeadHandoffs leadWith(SalesRep rep) {
        Handoff first = new LeadHandoffs(lead, List.of())
                .handOff(HandoffId.newId(), aQualification(lead), List.of(rep), policy, T0)
                .orElseThrow()
                .handoff();
        return new LeadHandoffs(lead, List.of(first));
    }
}
