package io.leadflow.handoff.domain;

import static io.leadflow.handoff.domain.TestData.T0;
import static io.leadflow.handoff.domain.TestData.aQualification;
import static io.leadflow.handoff.domain.TestData.aRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadHandoffsTest {

    private final LeadId lead = LeadId.newId();

    @Test
    void a_qualified_lead_handed_to_a_rep_is_assigned_at_mql_by_the_rule_that_chose_the_rep() {
        SalesRep anna = aRep("Anna");

        Handoff handoff = assignedTo(anna);

        assertThat(handoff.status()).isEqualTo(HandoffStatus.ASSIGNED);
        assertThat(handoff.stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(handoff.repId()).isEqualTo(anna.id());
        assertThat(handoff.assignedBy()).isEqualTo("round-robin");
        assertThat(handoff.assignedAt()).isEqualTo(T0);
        assertThat(handoff.qualification().reasons()).containsExactly("demo requested", "company size 200-500");
    }

    @Test
    void without_a_chosen_rep_the_handoff_waits_unassigned() {
        Handoff handoff = Handoff.open(HandoffId.newId(), aQualification(lead), null, Route.NONE, T0);

        assertThat(handoff.status()).isEqualTo(HandoffStatus.UNASSIGNED);
        assertThat(handoff.repId()).isNull();
        assertThat(handoff.assignedBy()).isNull();
    }

    @Test
    void a_lead_without_handoffs_holds_no_open_one() {
        assertThat(new LeadHandoffs(lead, List.of()).openHandoff()).isEmpty();
    }

    @Test
    void an_assigned_handoff_is_the_leads_open_one() {
        Handoff assigned = assignedTo(aRep("Anna"));

        assertThat(new LeadHandoffs(lead, List.of(assigned)).openHandoff()).contains(assigned);
    }

    @Test
    void an_accepted_handoff_is_still_open() {
        Handoff accepted = assignedTo(aRep("Anna")).accept(T0).handoff();

        assertThat(new LeadHandoffs(lead, List.of(accepted)).openHandoff()).contains(accepted);
    }

    @Test
    void a_lead_whose_handoff_was_rejected_holds_no_open_one_and_can_be_handed_off_again() {
        Handoff rejected = assignedTo(aRep("Anna"))
                .reject(RejectionReason.TIMING, null, T0)
                .handoff();

        assertThat(new LeadHandoffs(lead, List.of(rejected)).openHandoff()).isEmpty();
    }

    @Test
    void the_handoffs_of_another_lead_are_refused() {
        Handoff elsewhere = TestData.anAssignedHandoff(aRep("Anna"));

        assertThatIllegalArgumentException().isThrownBy(() -> new LeadHandoffs(lead, List.of(elsewhere)));
    }

    private Handoff assignedTo(SalesRep rep) {
        return Handoff.open(
                HandoffId.newId(),
                aQualification(lead),
                new Assignment(rep, Routing.FALLBACK, rep.teamId()),
                new Route(rep.teamId(), 1, null),
                T0);
    }
}
