package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.T0;
import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.in.RecordLeadProfileCommand;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordLeadProfileServiceTest {

    private final HandoffFixture app = new HandoffFixture();
    private final LeadId lead = LeadId.newId();

    private void profile(String email, Instant asOf) {
        app.recordProfile.recordLeadProfile(
                new RecordLeadProfileCommand(UUID.randomUUID(), lead, email, Map.of("jobTitle", "CTO"), asOf));
    }

    @Test
    void an_older_profile_arriving_late_does_not_replace_a_newer_one() {
        profile("new@acme.example", T0);
        profile("old@acme.example", T0.minusSeconds(3600));

        assertThat(app.profiles.find(lead).orElseThrow().email()).isEqualTo("new@acme.example");
    }

    @Test
    void a_profile_arriving_after_the_assignment_updates_the_notification_not_yet_delivered() {
        app.rep("Anna", true);
        app.assignHandoff.assignHandoff(qualified(lead));

        profile("jane@acme.example", T0);

        assertThat(app.deliveries.byId.values())
                .singleElement()
                .satisfies(d -> assertThat(d.payload()).startsWith("Anna|jane@acme.example|"));
    }

    @Test
    void a_delivered_notification_is_left_as_it_was_sent() {
        app.rep("Anna", true);
        app.assignHandoff.assignHandoff(qualified(lead));
        app.deliverNotifications.deliverNotifications(DeliverRounds.webhooks());

        profile("jane@acme.example", T0);

        assertThat(app.deliveries.byId.values())
                .singleElement()
                .satisfies(d -> assertThat(d.payload()).startsWith("Anna|?|"));
    }
}
