package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.FindWaitingHandoffsQuery;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.in.ReassignHandoffCommand;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.application.port.out.HandoffTestData;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.Route;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindWaitingHandoffsServiceTest {

    private final HandoffFixture app = new HandoffFixture();
    private final FindWaitingHandoffsQuery waiting = HandoffServices.findWaitingHandoffs(app.ports);
    private final Actor boss = new Actor("boss@seller.example", Set.of("sales_manager"));
    private final TeamId inbound = team("Inbound", "boss@seller.example");
    private final TeamId outbound = team("Outbound", "other@seller.example");

    @Test
    void a_manager_sees_the_handoffs_waiting_for_a_rep_of_their_team_only_oldest_first() {
        Handoff later = waitingFor(inbound, 20);
        Handoff earlier = waitingFor(inbound, 10);
        waitingFor(outbound, 5);
        waitingFor(null, 1);

        assertThat(waiting.findWaitingHandoffs(boss))
                .extracting(HandoffView::id, HandoffView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(earlier.id().value(), "UNASSIGNED"),
                        org.assertj.core.groups.Tuple.tuple(later.id().value(), "UNASSIGNED"));
    }

    @Test
    void an_admin_sees_every_handoff_waiting_for_a_rep_even_one_routed_to_no_team() {
        waitingFor(inbound, 20);
        waitingFor(outbound, 5);
        waitingFor(null, 1);

        assertThat(waiting.findWaitingHandoffs(Actor.system())).hasSize(3);
    }

    @Test
    void someone_who_manages_no_team_is_refused() {
        waitingFor(inbound, 20);

        assertThatThrownBy(() -> waiting.findWaitingHandoffs(
                        new Actor("rep@seller.example", Set.of("sales_rep", "sales_manager"))))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_waiting_handoff_assigned_by_the_manager_leaves_the_list() {
        Handoff handoff = waitingFor(inbound, 20);
        RepView anna = app.rep("Anna", true);
        app.updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                new RepId(anna.id()), null, null, null, inbound, null, null, null, null, null, null, null));

        HandoffView assigned = HandoffServices.reassignHandoff(app.ports)
                .reassignHandoff(new ReassignHandoffCommand(handoff.id(), new RepId(anna.id()), boss));

        assertThat(assigned.status()).isEqualTo("ASSIGNED");
        assertThat(assigned.rep().email()).isEqualTo(anna.email());
        assertThat(waiting.findWaitingHandoffs(boss)).isEmpty();
    }

    private TeamId team(String name, String manager) {
        TeamId id = TeamId.newId();
        app.teams.save(new Team(
                id,
                name,
                EmailAddress.of(manager),
                BusinessCalendar.weekdays(ZoneOffset.UTC, SalesRep.DEFAULT_HOURS),
                null));
        return id;
    }

    private Handoff waitingFor(TeamId team, int secondsAfterT0) {
        Handoff handoff = Handoff.open(
                HandoffId.newId(),
                HandoffTestData.aQualification(LeadId.newId(), T0.plusSeconds(secondsAfterT0)),
                null,
                team == null ? Route.NONE : new Route(team, 1, null),
                T0.plusSeconds(secondsAfterT0));
        app.handoffs.add(handoff);
        return handoff;
    }
}
