package io.leadflow.handoff.application.port.out;

import static io.leadflow.handoff.application.port.out.HandoffTestData.T0;
import static io.leadflow.handoff.application.port.out.HandoffTestData.anUnassignedHandoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.domain.Assignment;
import io.leadflow.handoff.domain.Bant;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.Route;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaClock;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link HandoffRepository} does, whether it keeps hand-offs in memory or in PostgreSQL. */
public abstract class HandoffRepositoryContract {

    protected abstract HandoffRepository handoffs();

    /** A rep the storage knows, since only a registered rep can hold a hand-off. */
    protected abstract SalesRep storedRep(String name);

    private Handoff assignedTo(SalesRep rep, LeadId lead, Instant at) {
        return Handoff.open(
                HandoffId.newId(),
                HandoffTestData.aQualification(lead, at),
                new Assignment(rep, "round-robin", null),
                new Route(TeamId.newId(), 1, TeamId.newId()),
                at);
    }

    private Handoff stored(Handoff handoff) {
        handoffs().add(handoff);
        return handoff;
    }

    @Test
    void a_stored_handoff_is_found_again_with_everything_it_carries() {
        SalesRep rep = storedRep("Ada");
        Handoff assigned = assignedTo(rep, LeadId.newId(), T0)
                .withSla(new SlaClock(Priority.HOT, 2, T0, T0.plus(Duration.ofMinutes(15)), null));
        handoffs().add(assigned);
        Handoff qualified = assigned.accept(T0.plusSeconds(60))
                .handoff()
                .qualify(
                        new Bant("approved", "CFO", "churn", "Q1", new BigDecimal("25000.50"), "usd"),
                        T0.plusSeconds(120))
                .handoff();
        handoffs().save(qualified);

        assertThat(handoffs().find(assigned.id())).contains(qualified);
        assertThat(handoffs().lock(assigned.id())).contains(qualified);
    }

    @Test
    void an_unknown_handoff_is_not_found() {
        assertThat(handoffs().find(HandoffId.newId())).isEmpty();
        assertThat(handoffs().lock(HandoffId.newId())).isEmpty();
    }

    @Test
    void a_rejection_saved_is_found_with_its_reason_and_rep() {
        SalesRep rep = storedRep("Ada");
        Handoff assigned = stored(assignedTo(rep, LeadId.newId(), T0));
        Handoff rejected = assigned.reject(RejectionReason.NO_BUDGET, "next year", T0.plusSeconds(30))
                .handoff();

        handoffs().save(rejected);

        Handoff found = handoffs().find(assigned.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(HandoffStatus.REJECTED);
        assertThat(found.rejection()).isEqualTo(rejected.rejection());
        assertThat(found).isEqualTo(rejected);
    }

    @Test
    void a_lead_holds_at_most_one_open_handoff_at_a_time() {
        LeadId lead = LeadId.newId();
        Handoff first = stored(anUnassignedHandoff(lead, T0));

        assertThatThrownBy(() -> handoffs().add(anUnassignedHandoff(lead, T0.plusSeconds(1))))
                .isInstanceOf(RuntimeException.class);

        handoffs()
                .save(first.disqualify("student", "ops@seller.example", T0.plusSeconds(2))
                        .handoff());
        Handoff second = stored(anUnassignedHandoff(lead, T0.plusSeconds(3)));
        assertThat(handoffs().findByLead(lead)).extracting(Handoff::id).containsExactly(second.id(), first.id());
    }

    @Test
    void the_leads_handoffs_are_listed_newest_first_and_no_other_leads() {
        SalesRep rep = storedRep("Ada");
        LeadId lead = LeadId.newId();
        Handoff oldest = stored(assignedTo(rep, lead, T0));
        handoffs()
                .save(oldest.reject(RejectionReason.TIMING, null, T0.plusSeconds(5))
                        .handoff());
        Handoff middle = stored(assignedTo(rep, lead, T0.plusSeconds(3600)));
        handoffs()
                .save(middle.reject(RejectionReason.TIMING, null, T0.plusSeconds(3605))
                        .handoff());
        Handoff newest = stored(anUnassignedHandoff(lead, T0.plusSeconds(7200)));
        stored(anUnassignedHandoff(LeadId.newId(), T0.plusSeconds(9000)));

        assertThat(handoffs().findByLead(lead))
                .extracting(Handoff::id)
                .containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(handoffs().findByLead(LeadId.newId())).isEmpty();
    }

    @Test
    void open_loads_count_each_reps_open_handoffs_and_leave_out_closed_ones() {
        SalesRep ada = storedRep("Ada");
        SalesRep bob = storedRep("Bob");
        SalesRep cy = storedRep("Cy");
        stored(assignedTo(ada, LeadId.newId(), T0));
        Handoff accepted = stored(assignedTo(ada, LeadId.newId(), T0));
        handoffs().save(accepted.accept(T0.plusSeconds(10)).handoff());
        stored(assignedTo(bob, LeadId.newId(), T0));
        Handoff rejected = stored(assignedTo(cy, LeadId.newId(), T0));
        handoffs().save(rejected.reject(RejectionReason.COMPETITOR, null, T0).handoff());
        stored(anUnassignedHandoff(LeadId.newId(), T0));

        assertThat(handoffs().openLoads()).isEqualTo(Map.of(ada.id(), 2, bob.id(), 1));
    }

    @Test
    void waiting_handoffs_are_listed_oldest_first_up_to_the_limit() {
        SalesRep rep = storedRep("Ada");
        Handoff second = stored(anUnassignedHandoff(LeadId.newId(), T0.plusSeconds(20)));
        Handoff first = stored(anUnassignedHandoff(LeadId.newId(), T0.plusSeconds(10)));
        stored(anUnassignedHandoff(LeadId.newId(), T0.plusSeconds(30)));
        stored(assignedTo(rep, LeadId.newId(), T0));

        assertThat(handoffs().findUnassigned(2)).containsExactly(first.id(), second.id());
        assertThat(handoffs().findUnassigned(10)).hasSize(3);
    }

    @Test
    void waiting_handoffs_of_a_team_are_those_routed_to_it_oldest_first() {
        SalesRep rep = storedRep("Ada");
        TeamId inbound = TeamId.newId();
        TeamId outbound = TeamId.newId();
        Handoff later = stored(waitingFor(inbound, T0.plusSeconds(20)));
        Handoff earlier = stored(waitingFor(inbound, T0.plusSeconds(10)));
        Handoff elsewhere = stored(waitingFor(outbound, T0.plusSeconds(5)));
        Handoff nowhere = stored(anUnassignedHandoff(LeadId.newId(), T0));
        stored(assignedTo(rep, LeadId.newId(), T0));
        Handoff closed = stored(waitingFor(inbound, T0.plusSeconds(1)));
        handoffs()
                .save(closed.disqualify("student", "ops@seller.example", T0.plusSeconds(2))
                        .handoff());

        assertThat(handoffs().findWaitingForTeams(Set.of(inbound)))
                .extracting(Handoff::id)
                .containsExactly(earlier.id(), later.id());
        assertThat(handoffs().findWaitingForTeams(Set.of(inbound, outbound)))
                .extracting(Handoff::id)
                .containsExactly(elsewhere.id(), earlier.id(), later.id());
        assertThat(handoffs().findWaitingForTeams(Set.of())).isEmpty();
        assertThat(handoffs().findAllWaiting())
                .extracting(Handoff::id)
                .containsExactly(nowhere.id(), elsewhere.id(), earlier.id(), later.id());
    }

    private static Handoff waitingFor(TeamId team, Instant at) {
        return Handoff.open(
                HandoffId.newId(),
                HandoffTestData.aQualification(LeadId.newId(), at),
                null,
                new Route(team, 1, null),
                at);
    }

    @Test
    void open_handoffs_held_by_reps_come_by_their_running_deadline_soonest_first() {
        SalesRep ada = storedRep("Ada");
        SalesRep bob = storedRep("Bob");
        SalesRep other = storedRep("Cy");
        Handoff noClock = stored(assignedTo(ada, LeadId.newId(), T0));
        Handoff acceptDueLate = stored(assignedTo(bob, LeadId.newId(), T0)
                .withSla(new SlaClock(Priority.NORMAL, 1, T0, T0.plus(Duration.ofHours(3)), null)));
        Handoff decideDueSoon = assignedTo(ada, LeadId.newId(), T0)
                .withSla(new SlaClock(Priority.NORMAL, 1, T0, T0.plus(Duration.ofHours(9)), null));
        handoffs().add(decideDueSoon);
        Handoff accepted = decideDueSoon
                .accept(T0)
                .handoff()
                .withSla(new SlaClock(
                        Priority.NORMAL, 2, T0, T0.plus(Duration.ofHours(9)), T0.plus(Duration.ofHours(1))));
        handoffs().save(accepted);
        Handoff closed = stored(assignedTo(ada, LeadId.newId(), T0));
        handoffs().save(closed.reject(RejectionReason.TIMING, null, T0).handoff());
        stored(assignedTo(other, LeadId.newId(), T0)
                .withSla(new SlaClock(Priority.NORMAL, 1, T0, T0.plusSeconds(1), null)));

        assertThat(handoffs().findOpenHeldBy(Set.of(ada.id(), bob.id())))
                .extracting(Handoff::id)
                .containsExactly(accepted.id(), acceptDueLate.id(), noClock.id());
    }
}
