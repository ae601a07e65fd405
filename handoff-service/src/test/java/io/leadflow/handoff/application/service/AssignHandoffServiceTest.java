package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignmentOutcome;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.RecordLeadProfileCommand;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.kernel.LeadId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignHandoffServiceTest {

    private final HandoffFixture app = new HandoffFixture();
    private final LeadId lead = LeadId.newId();

    @Test
    void hands_a_qualified_lead_to_a_rep_and_records_a_pending_notification_for_them() {
        RepView anna = app.rep("Anna", true);

        assertThat(app.assignHandoff.assignHandoff(qualified(lead))).isEqualTo(AssignmentOutcome.ASSIGNED);

        HandoffView view = app.findHandoff.findHandoffsOfLead(lead).getFirst();
        assertThat(view.status()).isEqualTo("ASSIGNED");
        assertThat(view.stage()).isEqualTo("MQL");
        assertThat(view.rep().name()).isEqualTo("Anna");
        assertThat(view.assignedBy()).isEqualTo("round-robin");
        assertThat(view.reasons()).containsExactly("demo requested");
        assertThat(view.notification().status()).isEqualTo("pending");
        assertThat(app.deliveries.byId.values())
                .singleElement()
                .satisfies(d -> assertThat(d.target()).isEqualTo(anna.webhookUrl()));
    }

    @Test
    void successive_leads_go_round_the_available_reps_in_turn() {
        app.rep("Anna", true);
        app.rep("Bert", true);
        app.rep("Cleo", false);

        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            LeadId next = LeadId.newId();
            app.assignHandoff.assignHandoff(qualified(next));
            owners.add(app.findHandoff.findHandoffsOfLead(next).getFirst().rep().name());
            app.clock.advance(Duration.ofMinutes(1));
        }

        assertThat(owners).containsExactly("Anna", "Bert", "Anna", "Bert");
    }

    @Test
    void the_same_qualification_event_twice_creates_one_handoff_and_one_notification() {
        app.rep("Anna", true);
        AssignHandoffCommand command = qualified(lead);

        app.assignHandoff.assignHandoff(command);
        assertThat(app.assignHandoff.assignHandoff(command)).isEqualTo(AssignmentOutcome.DUPLICATE_EVENT);

        assertThat(app.findHandoff.findHandoffsOfLead(lead)).hasSize(1);
        assertThat(app.deliveries.byId).hasSize(1);
    }

    @Test
    void a_lead_already_holding_an_open_handoff_gets_no_second_one() {
        app.rep("Anna", true);
        app.rep("Bert", true);
        app.assignHandoff.assignHandoff(qualified(lead));

        assertThat(app.assignHandoff.assignHandoff(qualified(lead)))
                .isEqualTo(AssignmentOutcome.LEAD_ALREADY_HANDED_OFF);
        assertThat(app.findHandoff.findHandoffsOfLead(lead)).hasSize(1);
        assertThat(app.reps.findAll())
                .filteredOn(rep -> rep.lastAssignedAt() != null)
                .hasSize(1);
    }

    @Test
    void without_an_available_rep_the_handoff_is_stored_unassigned_and_nobody_is_notified() {
        app.rep("Anna", false);

        assertThat(app.assignHandoff.assignHandoff(qualified(lead))).isEqualTo(AssignmentOutcome.UNASSIGNED);

        HandoffView view = app.findHandoff.findHandoffsOfLead(lead).getFirst();
        assertThat(view.status()).isEqualTo("UNASSIGNED");
        assertThat(view.rep()).isNull();
        assertThat(view.assignmentNote()).contains("no sales rep was available");
        assertThat(view.notification()).isNull();
        assertThat(app.deliveries.byId).isEmpty();
    }

    @Test
    void the_notification_tells_the_rep_who_the_lead_is_when_the_profile_came_first() {
        app.rep("Anna", true);
        app.recordProfile.recordLeadProfile(new RecordLeadProfileCommand(
                UUID.randomUUID(),
                lead,
                "jane@acme.example",
                Map.of("company.name", "Acme"),
                HandoffFixture.T0.minusSeconds(60)));

        app.assignHandoff.assignHandoff(qualified(lead));

        assertThat(app.deliveries.byId.values())
                .singleElement()
                .satisfies(d -> assertThat(d.payload()).startsWith("Anna|jane@acme.example|"));
    }

    @Test
    void the_hand_off_names_the_leads_contact_and_company_from_the_profile() {
        app.rep("Anna", true);
        app.recordProfile.recordLeadProfile(new RecordLeadProfileCommand(
                UUID.randomUUID(),
                lead,
                "jane@acme.example",
                Map.of("firstName", "Jane", "lastName", "Doe", "company.name", "Acme"),
                HandoffFixture.T0.minusSeconds(60)));

        app.assignHandoff.assignHandoff(qualified(lead));
        assertThat(app.findHandoff.findHandoffsOfLead(lead).getFirst().contact())
                .isEqualTo(new HandoffView.Contact("Jane Doe", "jane@acme.example", "Acme"));
    }
}
