package io.leadflow.nurturing.application.port.out;

import static io.leadflow.nurturing.application.port.out.NurturingTestData.T0;
import static io.leadflow.nurturing.application.port.out.NurturingTestData.anEnrollment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepStatus;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ScheduledSteps} store does, whether it keeps steps in memory or in PostgreSQL. */
public abstract class ScheduledStepsContract {

    protected abstract ScheduledSteps steps();

    /** Where the enrolments the steps belong to are kept (a step's row refers to its enrolment). */
    protected abstract EnrollmentRepository enrollments();

    private Enrollment enrolled() {
        Enrollment enrollment = anEnrollment(LeadId.newId(), T0);
        enrollments().save(enrollment);
        return enrollment;
    }

    private static ScheduledStep step(Enrollment enrollment, int position) {
        return new ScheduledStep(
                UUID.randomUUID(),
                enrollment.id(),
                enrollment.leadId(),
                position,
                "step " + position,
                "content of step " + position,
                T0.plus(Duration.ofDays(7L * position)),
                StepStatus.SCHEDULED,
                null);
    }

    private static ScheduledStep withStatus(ScheduledStep s, StepStatus status) {
        return new ScheduledStep(
                s.id(), s.enrollmentId(), s.leadId(), s.position(), s.name(), s.content(), s.dueAt(), status, null);
    }

    @Test
    void added_steps_are_found_and_locked_by_id_as_they_were_added() {
        Enrollment enrollment = enrolled();
        ScheduledStep first = step(enrollment, 1);
        ScheduledStep second = step(enrollment, 2);

        steps().addAll(List.of(first, second));

        assertThat(steps().find(first.id())).contains(first);
        assertThat(steps().lock(second.id())).contains(second);
        assertThat(steps().scheduledCount(enrollment.id())).isEqualTo(2);
    }

    @Test
    void a_step_never_added_is_not_found() {
        steps().addAll(List.of(step(enrolled(), 1)));

        assertThat(steps().find(UUID.randomUUID())).isEmpty();
        assertThat(steps().lock(UUID.randomUUID())).isEmpty();
    }

    @Test
    void an_enrolments_steps_are_listed_in_track_order_without_those_of_other_enrolments() {
        Enrollment enrollment = enrolled();
        Enrollment other = enrolled();
        ScheduledStep first = step(enrollment, 1);
        ScheduledStep second = step(enrollment, 2);
        ScheduledStep third = step(enrollment, 3);
        steps().addAll(List.of(third, step(other, 1), first));
        steps().addAll(List.of(second));

        assertThat(steps().ofEnrollment(enrollment.id())).containsExactly(first, second, third);
        assertThat(steps().ofEnrollment(UUID.randomUUID())).isEmpty();
    }

    @Test
    void a_second_step_at_the_same_position_of_an_enrolment_is_refused() {
        Enrollment enrollment = enrolled();
        ScheduledStep first = step(enrollment, 1);
        steps().addAll(List.of(first));

        assertThatThrownBy(() -> steps().addAll(List.of(step(enrollment, 1)))).isInstanceOf(RuntimeException.class);

        assertThat(steps().ofEnrollment(enrollment.id())).containsExactly(first);
    }

    @Test
    void a_step_saved_as_sent_is_found_sent_at_its_time_and_no_longer_counts_as_scheduled() {
        Enrollment enrollment = enrolled();
        ScheduledStep first = step(enrollment, 1);
        steps().addAll(List.of(first, step(enrollment, 2)));
        ScheduledStep sent =
                steps().lock(first.id()).orElseThrow().sent(first.dueAt().plusSeconds(3));

        steps().save(sent);

        assertThat(steps().find(first.id())).contains(sent);
        assertThat(steps().scheduledCount(enrollment.id())).isEqualTo(1);
    }

    @Test
    void cancelling_an_enrolments_pending_steps_answers_them_and_leaves_sent_steps_and_other_enrolments_alone() {
        Enrollment enrollment = enrolled();
        Enrollment other = enrolled();
        ScheduledStep first = step(enrollment, 1);
        ScheduledStep second = step(enrollment, 2);
        ScheduledStep third = step(enrollment, 3);
        ScheduledStep othersStep = step(other, 1);
        steps().addAll(List.of(first, second, third, othersStep));
        ScheduledStep sent = first.sent(first.dueAt());
        steps().save(sent);

        List<UUID> cancelled = steps().cancelPending(enrollment.id());

        assertThat(cancelled).containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(steps().ofEnrollment(enrollment.id()))
                .containsExactly(
                        sent, withStatus(second, StepStatus.CANCELLED), withStatus(third, StepStatus.CANCELLED));
        assertThat(steps().scheduledCount(enrollment.id())).isZero();
        assertThat(steps().find(othersStep.id())).contains(othersStep);
        assertThat(steps().scheduledCount(other.id())).isEqualTo(1);
        assertThat(steps().cancelPending(enrollment.id())).isEmpty();
    }
}
