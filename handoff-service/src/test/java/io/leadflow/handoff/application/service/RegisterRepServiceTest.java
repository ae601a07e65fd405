package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.FindRepQuery;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.domain.RepId;
import org.junit.jupiter.api.Test;

class RegisterRepServiceTest {

    private final HandoffFixture app = new HandoffFixture();
    private final FindRepQuery findRep = HandoffServices.findRep(app.ports);

    @Test
    void a_registered_rep_can_be_found_and_has_had_no_lead_yet_and_only_the_registration_shows_the_secret() {
        RepView registered = app.rep("Anna", true);
        RepView anna = registered.withWebhookSecret(null);

        assertThat(registered.webhookSecret()).startsWith("whsec_");
        assertThat(findRep.findRep(new RepId(anna.id()))).isEqualTo(anna);
        assertThat(anna.lastAssignedAt()).isNull();
        assertThat(anna.registeredAt()).isEqualTo(HandoffFixture.T0);
        assertThat(findRep.findReps()).containsExactly(anna);
    }

    @Test
    void a_second_rep_with_the_same_email_is_refused() {
        app.rep("Anna", true);

        assertThatThrownBy(() -> app.rep("ANNA", false)).isInstanceOf(RepAlreadyRegisteredException.class);
        assertThat(findRep.findReps()).hasSize(1);
    }

    @Test
    void an_unknown_rep_is_not_found() {
        assertThatThrownBy(() -> findRep.findRep(RepId.newId())).isInstanceOf(NotFoundException.class);
    }
}
