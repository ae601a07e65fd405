package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.in.AssignmentOutcome;
import io.leadflow.handoff.application.port.in.RecordConsentUseCase;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A person who objected to profiling is not handed to sales on a score-driven qualification. */
class ProfilingObjectionTest {

    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    private final HandoffFixture app = new HandoffFixture();
    private final RecordConsentUseCase consent = HandoffServices.recordConsent(app.ports);
    private final LeadId lead = LeadId.newId();

    @Test
    void a_qualification_of_a_person_who_objected_to_profiling_hands_them_to_nobody() {
        app.rep("Anna", true);
        assertThat(consent.recordConsent(standing(true, false, 1))).isTrue();

        assertThat(app.assignHandoff.assignHandoff(qualified(lead))).isEqualTo(AssignmentOutcome.PROFILING_OBJECTED);

        assertThat(app.findHandoff.findHandoffsOfLead(lead)).isEmpty();
        assertThat(app.deliveries.byId).as("no rep is notified").isEmpty();
    }

    @Test
    void an_unsubscribe_alone_does_not_keep_sales_from_a_qualified_lead_and_a_lifted_objection_lets_it_through() {
        app.rep("Anna", true);
        LeadId unsubscribed = LeadId.newId();
        consent.recordConsent(new ConsentChangedEvent(
                EventMetadata.create(ConsentChangedEvent.TYPE, 1, unsubscribed, AT, "c"),
                true,
                AT,
                "unsubscribed",
                false,
                null,
                1));
        assertThat(app.assignHandoff.assignHandoff(qualified(unsubscribed))).isEqualTo(AssignmentOutcome.ASSIGNED);

        consent.recordConsent(standing(true, false, 1));
        consent.recordConsent(standing(false, false, 2));
        assertThat(consent.recordConsent(standing(true, false, 1)))
                .as("a late, older standing")
                .isFalse();

        assertThat(app.assignHandoff.assignHandoff(qualified(lead))).isEqualTo(AssignmentOutcome.ASSIGNED);
    }

    @Test
    void a_hand_off_waiting_for_a_rep_when_the_person_objects_is_given_to_nobody_until_the_objection_is_lifted() {
        assertThat(app.assignHandoff.assignHandoff(qualified(lead))).isEqualTo(AssignmentOutcome.UNASSIGNED);
        consent.recordConsent(standing(true, false, 1));
        app.rep("Anna", true);

        assertThat(app.assignWaiting.assignWaitingHandoffs(10)).isZero();
        assertThat(app.deliveries.byId).as("no rep is notified").isEmpty();

        consent.recordConsent(standing(false, false, 2));
        assertThat(app.assignWaiting.assignWaitingHandoffs(10)).isEqualTo(1);
        assertThat(app.deliveries.byId).isNotEmpty();
    }

    private ConsentChangedEvent standing(boolean objected, boolean suppressed, long revision) {
        return new ConsentChangedEvent(
                EventMetadata.create(ConsentChangedEvent.TYPE, ConsentChangedEvent.VERSION, lead, AT, "c"),
                suppressed,
                suppressed ? AT : null,
                suppressed ? "consent_withdrawn" : null,
                objected,
                objected ? AT : null,
                revision);
    }
}
