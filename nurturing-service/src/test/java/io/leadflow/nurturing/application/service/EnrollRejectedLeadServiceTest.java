package io.leadflow.nurturing.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.EnrollmentView;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.NotFoundException;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.RejectionOutcome;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class EnrollRejectedLeadServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant REJECTED_AT = Instant.parse("2026-11-02T09:30:00Z");

    private final FakePorts world = new FakePorts(NOW);
    private final InMemoryEnrollments enrollments = world.enrollments;
    private final InMemoryRejectionLog rejections = world.rejections;
    private final RecordingPublisher events = world.events;
    private final EnrollRejectedLeadUseCase enroll = NurturingServices.enrollRejectedLead(world.ports);
    private final FindEnrollmentQuery find = NurturingServices.findEnrollment(world.ports);

    @Test
    void enrolling_a_lead_rejected_for_timing_announces_its_move_from_rejected_to_nurturing() {
        LeadId lead = LeadId.newId();

        var outcome = enroll.enrollRejectedLead(rejected(UUID.randomUUID(), lead, RejectionReason.TIMING));

        assertThat(outcome).contains(RejectionOutcome.ENROLLED);
        EnrollmentView view = find.findEnrollment(lead);
        assertThat(view.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(view.track().key()).isEqualTo("quarterly-check-in");
        assertThat(view.enrolledAt()).isEqualTo(NOW);
        assertThat(events.published).singleElement().isInstanceOfSatisfying(LeadStageChangedEvent.class, e -> {
            assertThat(e.metadata().leadId()).isEqualTo(lead.value());
            assertThat(e.metadata().correlationId()).isEqualTo("corr-1");
            assertThat(e.metadata().occurredAt()).isEqualTo(NOW);
            assertThat(e.from()).isEqualTo(LifecycleStage.REJECTED);
            assertThat(e.to()).isEqualTo(LifecycleStage.NURTURING);
            assertThat(e.actor()).isEqualTo("nurturing-service");
            assertThat(e.reason()).isEqualTo("enrolled in track Long cadence: quarterly check-in (reason: timing)");
        });
        assertThat(view.steps())
                .extracting(s -> s.name())
                .containsExactly(
                        "Quarterly check-in 1", "Quarterly check-in 2", "Quarterly check-in 3", "Quarterly check-in 4");
        assertThat(view.steps().getFirst().dueAt()).isEqualTo(NOW.plus(java.time.Duration.ofDays(90)));
        assertThat(world.metrics.enrolled).containsExactly("timing");
    }

    @Test
    void the_same_rejection_event_twice_changes_nothing_the_second_time() {
        LeadId lead = LeadId.newId();
        UUID eventId = UUID.randomUUID();
        enroll.enrollRejectedLead(rejected(eventId, lead, RejectionReason.TIMING));

        var again = enroll.enrollRejectedLead(rejected(eventId, lead, RejectionReason.TIMING));

        assertThat(again).isEmpty();
        assertThat(enrollments.of(lead)).hasSize(1);
        assertThat(rejections.entries).hasSize(1);
        assertThat(events.published).hasSize(1);
    }

    @Test
    void a_competitor_is_recorded_and_disqualified_without_an_enrolment() {
        LeadId lead = LeadId.newId();

        var outcome = enroll.enrollRejectedLead(rejected(UUID.randomUUID(), lead, RejectionReason.COMPETITOR));

        assertThat(outcome).contains(RejectionOutcome.DISQUALIFIED);
        assertThat(enrollments.of(lead)).isEmpty();
        assertThat(rejections.entries)
                .singleElement()
                .satisfies(e -> assertThat(e.enrollmentId()).isEmpty());
        assertThat(events.published).singleElement().isInstanceOfSatisfying(LeadStageChangedEvent.class, e -> {
            assertThat(e.from()).isEqualTo(LifecycleStage.REJECTED);
            assertThat(e.to()).isEqualTo(LifecycleStage.DISQUALIFIED);
            assertThat(e.reason()).contains("competitor");
        });
        Assertions.assertThatThrownBy(() -> find.findEnrollment(lead)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_second_rejection_of_a_nurtured_lead_joins_its_enrolment_without_a_new_stage_change() {
        LeadId lead = LeadId.newId();
        enroll.enrollRejectedLead(rejected(UUID.randomUUID(), lead, RejectionReason.TIMING));

        var outcome = enroll.enrollRejectedLead(rejected(UUID.randomUUID(), lead, RejectionReason.NO_BUDGET));

        assertThat(outcome).contains(RejectionOutcome.KEPT_ON_ENROLLMENT);
        assertThat(enrollments.of(lead))
                .singleElement()
                .satisfies(e -> assertThat(e.track().key()).isEqualTo("quarterly-check-in"));
        UUID enrollmentId = enrollments.of(lead).getFirst().id();
        assertThat(rejections.entries)
                .extracting(e -> e.enrollmentId().orElseThrow())
                .containsExactly(enrollmentId, enrollmentId);
        assertThat(events.published).hasSize(1);
    }

    @Test
    void a_lead_never_rejected_has_no_enrolment() {
        Assertions.assertThatThrownBy(() -> find.findEnrollment(LeadId.newId()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no enrollment for");
    }

    private static EnrollRejectedLeadCommand rejected(UUID eventId, LeadId lead, RejectionReason reason) {
        return new EnrollRejectedLeadCommand(eventId, lead, reason, "call back in Q3", "rep-17", REJECTED_AT, "corr-1");
    }
}
