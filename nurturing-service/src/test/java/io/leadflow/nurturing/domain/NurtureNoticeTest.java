package io.leadflow.nurturing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NurtureNoticeTest {

    private static final Instant ENROLLED = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant ENDED = Instant.parse("2026-11-20T09:30:00Z");

    private final Enrollment active = anEnrollment();
    private final LeadState profile = LeadState.unknown(active.leadId());

    @Test
    void one_change_always_has_the_same_id_and_each_kind_of_change_its_own() {
        Enrollment recycled = active.recycle("buying signal: demo_requested", ENDED);

        assertThat(NurtureNotice.enrolled(active, 2, profile).id())
                .isEqualTo(NurtureNotice.enrolled(active, 2, profile).id())
                .isNotEqualTo(NurtureNotice.exited(recycled).id())
                .isNotEqualTo(NurtureNotice.recycled(recycled, 1).id());
        assertThat(NurtureNotice.exited(recycled).id())
                .isNotEqualTo(NurtureNotice.recycled(recycled, 1).id());
        assertThat(NurtureNotice.enrolled(anEnrollment(), 2, profile).id())
                .as("another enrolment of the same lead")
                .isNotEqualTo(NurtureNotice.enrolled(active, 2, profile).id());
    }

    @Test
    void an_enrolment_is_told_at_its_start_and_an_exit_at_its_end() {
        assertThat(NurtureNotice.enrolled(active, 1, profile).at()).isEqualTo(ENROLLED);
        assertThat(NurtureNotice.exited(active.recycle("x", ENDED)).at()).isEqualTo(ENDED);
    }

    @Test
    void every_exit_is_named_in_marketings_words() {
        assertThat(NurtureNotice.exited(active.stopAsDisqualified(ENDED)).exitReason())
                .isEqualTo("disqualified");
        assertThat(NurtureNotice.exited(active.recycle("x", ENDED)).exitReason())
                .isEqualTo("recycled");
        for (EnrollmentStatus exit : new EnrollmentStatus[] {
            EnrollmentStatus.REQUALIFIED,
            EnrollmentStatus.UNSUBSCRIBED,
            EnrollmentStatus.COMPLETED,
            EnrollmentStatus.EXPIRED
        }) {
            assertThat(NurtureNotice.exited(active.exit(exit, LifecycleStage.NURTURING, "x", ENDED))
                            .exitReason())
                    .isEqualTo(exit.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void an_active_enrolment_has_no_exit_to_tell_and_an_ended_one_no_enrolment() {
        Enrollment ended = active.recycle("x", ENDED);

        assertThatThrownBy(() -> NurtureNotice.exited(active)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NurtureNotice.enrolled(ended, 1, profile))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NurtureNotice.recycled(
                        active.exit(EnrollmentStatus.UNSUBSCRIBED, LifecycleStage.NURTURING, "x", ENDED), 1))
                .as("only a recycled enrolment is a recycle")
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Enrollment anEnrollment() {
        return new Enrollment(
                UUID.randomUUID(),
                LeadId.parse("0b7c1f7e-2f4a-4d8e-9b1a-3c5d7e9f1a2b"),
                new TrackRef("revisit-next-quarter", "Revisit next quarter"),
                EnrollmentSource.REJECTION,
                RejectionReason.NO_BUDGET,
                null,
                "rep-17",
                EnrollmentStatus.ACTIVE,
                ENROLLED,
                LifecycleStage.NURTURING,
                null,
                null,
                null);
    }
}
