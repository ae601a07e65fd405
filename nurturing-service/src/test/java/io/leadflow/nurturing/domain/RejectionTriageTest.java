package io.leadflow.nurturing.domain;

import static io.leadflow.nurturing.domain.Rejections.aRejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectionTriageTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private final RejectionTriage triage = new RejectionTriage(DefaultTracks.catalogue());

    @Test
    void a_lead_rejected_for_timing_goes_on_the_quarterly_check_in_and_into_nurturing() {
        Rejection rejection = aRejection()
                .because(RejectionReason.TIMING)
                .withNote("call in Q3")
                .by("rep-17")
                .build();

        Triage result = triage.triage(rejection, Optional.empty(), NOW);

        assertThat(result.outcome()).isEqualTo(RejectionOutcome.ENROLLED);
        Enrollment enrollment = result.enrollment().orElseThrow();
        assertThat(enrollment.leadId()).isEqualTo(rejection.leadId());
        assertThat(enrollment.track()).isEqualTo(DefaultTracks.QUARTERLY_CHECK_IN.ref());
        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.stage()).isEqualTo(LifecycleStage.NURTURING);
        assertThat(enrollment.enrolledAt()).isEqualTo(NOW);
        assertThat(List.of(enrollment.reason(), enrollment.note(), enrollment.rejectedBy()))
                .containsExactly(RejectionReason.TIMING, "call in Q3", "rep-17");
        assertThat(result.stageMove())
                .contains(new StageMove(
                        LifecycleStage.REJECTED,
                        LifecycleStage.NURTURING,
                        "enrolled in track Long cadence: quarterly check-in (reason: timing)"));
    }

    @ParameterizedTest
    @EnumSource(
            value = RejectionReason.class,
            names = {"BAD_DATA", "COMPETITOR", "NOT_A_BUYER"})
    void a_lead_that_will_never_buy_is_disqualified_and_not_enrolled(RejectionReason reason) {
        Triage result = triage.triage(aRejection().because(reason).build(), Optional.empty(), NOW);

        assertThat(result.outcome()).isEqualTo(RejectionOutcome.DISQUALIFIED);
        assertThat(result.enrollment()).isEmpty();
        StageMove move = result.stageMove().orElseThrow();
        assertThat(move.from()).isEqualTo(LifecycleStage.REJECTED);
        assertThat(move.to()).isEqualTo(LifecycleStage.DISQUALIFIED);
        assertThat(move.reason()).contains(reason.name().toLowerCase());
    }

    @Test
    void a_lead_already_on_a_track_is_not_enrolled_twice() {
        LeadId lead = LeadId.newId();
        Enrollment active = triage.triage(
                        aRejection().of(lead).because(RejectionReason.TIMING).build(), Optional.empty(), NOW)
                .enrollment()
                .orElseThrow();

        Triage later = triage.triage(
                aRejection().of(lead).because(RejectionReason.NO_BUDGET).build(),
                Optional.of(active),
                NOW.plusSeconds(60));

        assertThat(later.outcome()).isEqualTo(RejectionOutcome.KEPT_ON_ENROLLMENT);
        assertThat(later.enrollment()).contains(active);
        assertThat(later.stageMove()).isEmpty();
    }

    @Test
    void a_nurtured_lead_later_found_to_be_a_competitor_is_disqualified_and_its_enrolment_stopped() {
        LeadId lead = LeadId.newId();
        Enrollment active = triage.triage(aRejection().of(lead).build(), Optional.empty(), NOW)
                .enrollment()
                .orElseThrow();

        Triage later = triage.triage(
                aRejection().of(lead).because(RejectionReason.COMPETITOR).build(), Optional.of(active), NOW);

        assertThat(later.outcome()).isEqualTo(RejectionOutcome.DISQUALIFIED);
        Enrollment stopped = later.enrollment().orElseThrow();
        assertThat(stopped.id()).isEqualTo(active.id());
        assertThat(stopped.status()).isEqualTo(EnrollmentStatus.STOPPED);
        assertThat(stopped.stage()).isEqualTo(LifecycleStage.DISQUALIFIED);
        assertThat(later.stageMove().orElseThrow().from()).isEqualTo(LifecycleStage.NURTURING);
    }

    @Test
    void a_nurturable_reason_without_a_track_leaves_the_lead_rejected() {
        var onlyTiming = new RejectionTriage(new NurtureTracks(List.of(DefaultTracks.QUARTERLY_CHECK_IN)));

        Triage result = onlyTiming.triage(
                aRejection().because(RejectionReason.NO_BUDGET).build(), Optional.empty(), NOW);

        assertThat(result.outcome()).isEqualTo(RejectionOutcome.NO_TRACK);
        assertThat(result.enrollment()).isEmpty();
        assertThat(result.stageMove()).isEmpty();
    }

    @Test
    void an_enrolment_only_joins_the_active_enrolment_of_the_same_lead() {
        Enrollment someoneElses = triage.triage(aRejection().build(), Optional.empty(), NOW)
                .enrollment()
                .orElseThrow();

        assertThatThrownBy(() -> triage.triage(aRejection().build(), Optional.of(someoneElses), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an active enrolment of lead");
    }

    @Test
    void a_lead_cannot_be_put_on_a_track_that_does_not_take_its_reason() {
        assertThatThrownBy(() -> Enrollment.enrol(
                        aRejection().because(RejectionReason.NO_BUDGET).build(), DefaultTracks.QUARTERLY_CHECK_IN, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("does not take leads rejected for NO_BUDGET");
    }
}
