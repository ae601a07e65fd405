package io.leadflow.nurturing.application.port.out;

import static io.leadflow.nurturing.application.port.out.NurturingTestData.T0;
import static io.leadflow.nurturing.application.port.out.NurturingTestData.anEnrollment;
import static io.leadflow.nurturing.application.port.out.NurturingTestData.expiringAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link EnrollmentRepository} does, whether it keeps enrolments in memory or in PostgreSQL. */
public abstract class EnrollmentRepositoryContract {

    protected abstract EnrollmentRepository enrollments();

    private Enrollment saved(Enrollment enrollment) {
        enrollments().save(enrollment);
        return enrollment;
    }

    @Test
    void a_saved_enrolment_is_found_as_the_leads_active_and_current_one() {
        Enrollment enrollment = saved(anEnrollment(LeadId.newId(), T0));

        assertThat(enrollments().findActive(enrollment.leadId())).contains(enrollment);
        assertThat(enrollments().lockActive(enrollment.leadId())).contains(enrollment);
        assertThat(enrollments().findCurrent(enrollment.leadId())).contains(enrollment);
        assertThat(enrollments().allOf(enrollment.leadId())).containsExactly(enrollment);
    }

    @Test
    void a_lead_never_enrolled_has_no_enrolment() {
        LeadId lead = LeadId.newId();
        saved(anEnrollment(LeadId.newId(), T0));

        assertThat(enrollments().findActive(lead)).isEmpty();
        assertThat(enrollments().lockActive(lead)).isEmpty();
        assertThat(enrollments().findCurrent(lead)).isEmpty();
        assertThat(enrollments().allOf(lead)).isEmpty();
    }

    @Test
    void a_second_active_enrolment_of_a_lead_is_refused() {
        LeadId lead = LeadId.newId();
        saved(anEnrollment(lead, T0));

        assertThatThrownBy(() -> enrollments().save(anEnrollment(lead, T0.plusSeconds(5))))
                .isInstanceOf(RuntimeException.class);

        assertThat(enrollments().allOf(lead)).hasSize(1);
    }

    @Test
    void an_ended_enrolment_is_stored_with_its_end_and_is_no_longer_active() {
        Enrollment active = saved(anEnrollment(LeadId.newId(), T0));
        Enrollment recycled = active.recycle("score rose to 75", T0.plusSeconds(3600));

        enrollments().save(recycled);

        assertThat(enrollments().findActive(active.leadId())).isEmpty();
        assertThat(enrollments().findCurrent(active.leadId())).contains(recycled);
        assertThat(recycled.status()).isEqualTo(EnrollmentStatus.RECYCLED);
        assertThat(recycled.stage()).isEqualTo(LifecycleStage.RECYCLED);
    }

    @Test
    void the_active_enrolment_is_current_even_when_an_ended_one_is_newer() {
        LeadId lead = LeadId.newId();
        Enrollment ended = saved(anEnrollment(lead, T0.plusSeconds(100)))
                .exit(EnrollmentStatus.COMPLETED, LifecycleStage.NURTURING, "completed", T0.plusSeconds(200));
        enrollments().save(ended);
        Enrollment olderActive = saved(anEnrollment(lead, T0));

        assertThat(enrollments().findCurrent(lead)).contains(olderActive);
        assertThat(enrollments().allOf(lead)).containsExactly(olderActive, ended);
    }

    @Test
    void the_latest_ended_enrolment_is_current_when_none_is_active() {
        LeadId lead = LeadId.newId();
        Enrollment first = saved(anEnrollment(lead, T0)).stopAsDisqualified(T0.plusSeconds(10));
        enrollments().save(first);
        Enrollment second = saved(anEnrollment(lead, T0.plusSeconds(20))).stopAsDisqualified(T0.plusSeconds(30));
        enrollments().save(second);

        assertThat(enrollments().findCurrent(lead)).contains(second);
        assertThat(enrollments().allOf(lead)).containsExactly(first, second);
    }

    @Test
    void an_enrolment_is_locked_by_its_id_whatever_its_status() {
        Enrollment active = saved(anEnrollment(LeadId.newId(), T0));
        Enrollment ended = saved(expiringAt(LeadId.newId(), T0, T0.plusSeconds(100)));
        Enrollment stopped = ended.stopAsDisqualified(T0.plusSeconds(50));
        enrollments().save(stopped);

        assertThat(enrollments().lock(active.id())).contains(active);
        assertThat(enrollments().lock(stopped.id())).contains(stopped);
        assertThat(enrollments().lock(UUID.randomUUID())).isEmpty();
    }
}
