package io.leadflow.nurturing.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.in.RecordConsentUseCase;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The suppression list in nurturing: after an unsubscribe, no step and no webhook, on a track or not. */
class SuppressedLeadTest {

    private static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    private final FakePorts world = new FakePorts(START);
    private final EnrollRejectedLeadUseCase enroll = NurturingServices.enrollRejectedLead(world.ports);
    private final SendStepUseCase send = NurturingServices.sendStep(world.ports);
    private final ExpireEnrollmentUseCase expire = NurturingServices.expireEnrollment(world.ports);
    private final RecordConsentUseCase consent = NurturingServices.recordConsent(world.ports);
    private final LeadId lead = LeadId.newId();

    @Test
    void an_unsubscribe_ends_the_active_enrolment_cancels_its_steps_and_withdraws_what_was_waiting_to_be_sent() {
        reject();
        world.clock.advance(Duration.ofDays(7));
        fireDueTimers();
        UUID sentStep = world.automation.rendered.getFirst().step().id();
        assertThat(world.deliveries.pending).containsKey(sentStep);
        int notices = world.automation.notices.size();

        assertThat(consent.recordConsent(standing(true, 1))).isTrue();

        assertThat(world.enrollments.findCurrent(lead).orElseThrow().status()).isEqualTo(EnrollmentStatus.UNSUBSCRIBED);
        assertThat(world.steps.byId.values())
                .filteredOn(s -> !s.id().equals(sentStep))
                .extracting(s -> s.status())
                .containsOnly(StepStatus.CANCELLED);
        assertThat(world.deliveries.withdrawn).containsExactly(sentStep);
        assertThat(world.automation.notices)
                .as("no exit notice to marketing's automation")
                .hasSize(notices);

        world.clock.advance(Duration.ofDays(400));
        fireDueTimers();
        assertThat(world.automation.rendered).hasSize(1);
    }

    @Test
    void an_unsubscribe_received_while_off_any_track_is_remembered_when_the_lead_is_enrolled_later() {
        consent.recordConsent(standing(true, 1));

        reject();
        world.clock.advance(Duration.ofDays(400));
        fireDueTimers();

        assertThat(world.automation.rendered).as("no nurture step").isEmpty();
        assertThat(world.automation.notices).as("no marketing webhook").isEmpty();
        assertThat(world.enrollments.findCurrent(lead).orElseThrow().status()).isEqualTo(EnrollmentStatus.UNSUBSCRIBED);
    }

    @Test
    void an_older_standing_arriving_late_does_not_undo_a_re_subscription() {
        consent.recordConsent(standing(false, 2));
        assertThat(consent.recordConsent(standing(true, 1))).isFalse();

        reject();
        world.clock.advance(Duration.ofDays(7));
        fireDueTimers();

        assertThat(world.automation.rendered).hasSize(1);
    }

    @Test
    void a_lead_rejected_again_after_its_unsubscribe_is_re_enrolled_without_steps_until_it_re_subscribes() {
        reject();
        consent.recordConsent(standing(true, 1));
        world.clock.advance(Duration.ofDays(200));
        int notices = world.automation.notices.size();

        reject();
        world.clock.advance(Duration.ofDays(30));
        fireDueTimers();
        assertThat(world.automation.rendered)
                .as("no nurture step on re-enrolment")
                .isEmpty();
        assertThat(world.automation.notices).as("no marketing webhook").hasSize(notices);

        consent.recordConsent(standing(false, 2));
        world.clock.advance(Duration.ofDays(200));
        reject();
        world.clock.advance(Duration.ofDays(30));
        fireDueTimers();
        assertThat(world.automation.rendered)
                .as("steps flow after the explicit re-subscription")
                .isNotEmpty();
    }

    private ConsentChangedEvent standing(boolean suppressed, long revision) {
        return new ConsentChangedEvent(
                EventMetadata.create(
                        ConsentChangedEvent.TYPE, ConsentChangedEvent.VERSION, lead, world.clock.instant(), "c"),
                suppressed,
                suppressed ? world.clock.instant() : null,
                suppressed ? "unsubscribed" : null,
                false,
                null,
                revision);
    }

    private void fireDueTimers() {
        world.timers.fireDue(world.clock.instant(), send, expire);
    }

    private void reject() {
        enroll.enrollRejectedLead(new EnrollRejectedLeadCommand(
                UUID.randomUUID(),
                lead,
                RejectionReason.NO_BUDGET,
                "budget frozen until Q3",
                "rep-17",
                world.clock.instant(),
                "corr-" + lead));
    }
}
