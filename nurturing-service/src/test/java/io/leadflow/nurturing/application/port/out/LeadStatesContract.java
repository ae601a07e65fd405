package io.leadflow.nurturing.application.port.out;

import static io.leadflow.nurturing.application.port.out.NurturingTestData.T0;
import static io.leadflow.nurturing.application.port.out.NurturingTestData.anEnrollment;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.LeadState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link LeadStates} store does, whether it keeps lead states in memory or in PostgreSQL. */
public abstract class LeadStatesContract {

    protected abstract LeadStates states();

    /** The enrolments the dormant leads are checked against. */
    protected abstract EnrollmentRepository enrollments();

    private LeadId below(Instant since, LifecycleStage stage) {
        LeadId lead = LeadId.newId();
        states().lock(lead);
        states().save(new LeadState(lead, 20, since, since, stage, stage == null ? null : since));
        return lead;
    }

    @Test
    void a_lead_never_heard_of_has_an_empty_state() {
        LeadId lead = LeadId.newId();

        assertThat(states().lock(lead)).isEqualTo(LeadState.unknown(lead));
    }

    @Test
    void a_saved_state_is_what_the_next_lock_answers() {
        LeadId lead = LeadId.newId();
        states().lock(lead);
        LeadState state = new LeadState(lead, 42, T0, T0.minusSeconds(60), LifecycleStage.NURTURING, T0.plusSeconds(5));

        states().save(state);

        assertThat(states().lock(lead)).isEqualTo(state);
    }

    @Test
    void dormant_leads_are_those_below_since_the_cutoff_not_with_sales_and_not_enrolled_since_oldest_first() {
        Instant cutoff = T0.plusSeconds(1000);
        LeadId newest = below(cutoff, LifecycleStage.NEW);
        LeadId oldest = below(T0, null);
        LeadId middle = below(T0.plusSeconds(500), LifecycleStage.NEW);
        below(cutoff.plusSeconds(1), LifecycleStage.NEW);
        below(T0, LifecycleStage.SAL);
        LeadId enrolledSince = below(T0, null);
        enrollments().save(anEnrollment(enrolledSince, T0.plusSeconds(10)));
        LeadId enrolledBefore = below(T0.plusSeconds(100), null);
        Enrollment earlier = anEnrollment(enrolledBefore, T0);
        enrollments().save(earlier);
        enrollments().save(earlier.stopAsDisqualified(T0.plusSeconds(50)));
        LeadId stillEnrolled = below(T0.plusSeconds(100), null);
        enrollments().save(anEnrollment(stillEnrolled, T0));
        LeadId scoredAbove = LeadId.newId();
        states().lock(scoredAbove);
        states().save(new LeadState(scoredAbove, 90, T0, null, null, null));

        assertThat(states().lockDormant(cutoff, 10)).containsExactly(oldest, enrolledBefore, middle, newest);
        assertThat(states().lockDormant(cutoff, 2)).containsExactly(oldest, enrolledBefore);
    }
}
