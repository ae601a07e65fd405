package io.leadflow.nurturing.application.port.out;

import static io.leadflow.nurturing.application.port.out.NurturingTestData.T0;
import static io.leadflow.nurturing.application.port.out.NurturingTestData.aRejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadView;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import io.leadflow.nurturing.domain.DefaultTracks;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.Rejection;
import io.leadflow.nurturing.domain.RejectionOutcome;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RejectionLog} does, whether it keeps rejections in memory or in PostgreSQL. */
public abstract class RejectionLogContract {

    protected abstract RejectionLog log();

    /** The enrolments the rejections join, whose track and status marketing's list shows. */
    protected abstract EnrollmentRepository enrollments();

    private static RejectedLeadsFilter filter(
            RejectionReason reason, String rep, Instant from, Instant to, String track, String status) {
        return new RejectedLeadsFilter(
                Optional.ofNullable(reason),
                Optional.ofNullable(rep),
                Optional.ofNullable(from),
                Optional.ofNullable(to),
                Optional.ofNullable(track),
                Optional.ofNullable(status),
                0,
                50);
    }

    private Rejection enrolled(LeadId lead, RejectionReason reason, String rep, Instant at) {
        Rejection rejection = aRejection(lead, reason, rep, at);
        Enrollment enrollment = Enrollment.enrol(
                rejection, DefaultTracks.catalogue().trackFor(reason).orElseThrow(), at);
        enrollments().save(enrollment);
        log().record(rejection, RejectionOutcome.ENROLLED, Optional.of(enrollment.id()));
        return rejection;
    }

    private Rejection disqualified(LeadId lead, String rep, Instant at) {
        Rejection rejection = aRejection(lead, RejectionReason.COMPETITOR, rep, at);
        log().record(rejection, RejectionOutcome.DISQUALIFIED, Optional.empty());
        return rejection;
    }

    @Test
    void a_leads_rejections_come_oldest_first_and_no_other_leads() {
        LeadId lead = LeadId.newId();
        Rejection later = disqualified(lead, "bob@seller.example", T0.plusSeconds(60));
        Rejection earlier = enrolled(lead, RejectionReason.TIMING, "ada@seller.example", T0);
        disqualified(LeadId.newId(), "bob@seller.example", T0.plusSeconds(30));

        assertThat(log().ofLead(lead)).containsExactly(earlier, later);
        assertThat(log().ofLead(LeadId.newId())).isEmpty();
    }

    @Test
    void the_same_rejection_is_not_recorded_twice() {
        Rejection rejection = disqualified(LeadId.newId(), "bob@seller.example", T0);

        assertThatThrownBy(() -> log().record(rejection, RejectionOutcome.DISQUALIFIED, Optional.empty()))
                .isInstanceOf(RuntimeException.class);
        assertThat(log().ofLead(rejection.leadId())).hasSize(1);
    }

    @Test
    void marketings_list_shows_newest_first_with_the_enrolments_track_and_status() {
        LeadId ada = LeadId.newId();
        LeadId bob = LeadId.newId();
        Rejection timing = enrolled(ada, RejectionReason.TIMING, "ada@seller.example", T0);
        Rejection competitor = disqualified(bob, "bob@seller.example", T0.plusSeconds(60));

        RejectedLeadPage page = log().page(RejectedLeadsFilter.all(0, 50));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items())
                .containsExactly(
                        new RejectedLeadView(
                                bob,
                                RejectionReason.COMPETITOR,
                                competitor.note(),
                                "bob@seller.example",
                                Optional.empty(),
                                "DISQUALIFIED",
                                competitor.rejectedAt()),
                        new RejectedLeadView(
                                ada,
                                RejectionReason.TIMING,
                                timing.note(),
                                "ada@seller.example",
                                Optional.of(DefaultTracks.QUARTERLY_CHECK_IN.ref()),
                                "ACTIVE",
                                timing.rejectedAt()));
    }

    @Test
    void the_status_shown_is_the_enrolments_current_one() {
        LeadId lead = LeadId.newId();
        enrolled(lead, RejectionReason.NO_BUDGET, "ada@seller.example", T0);
        Enrollment active = enrollments().findActive(lead).orElseThrow();
        enrollments().save(active.recycle("score rose", T0.plusSeconds(600)));

        assertThat(log().page(RejectedLeadsFilter.all(0, 50)).items())
                .extracting(RejectedLeadView::status)
                .containsExactly("RECYCLED");
    }

    @Test
    void pages_split_the_newest_first_list_and_count_every_match() {
        for (int i = 0; i < 5; i++) {
            disqualified(LeadId.newId(), "bob@seller.example", T0.plusSeconds(i));
        }

        RejectedLeadPage first = log().page(RejectedLeadsFilter.all(0, 2));
        RejectedLeadPage last = log().page(RejectedLeadsFilter.all(2, 2));

        assertThat(first.items())
                .extracting(RejectedLeadView::rejectedAt)
                .containsExactly(T0.plusSeconds(4), T0.plusSeconds(3));
        assertThat(last.items()).extracting(RejectedLeadView::rejectedAt).containsExactly(T0);
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.page()).isEqualTo(2);
        assertThat(log().page(RejectedLeadsFilter.all(3, 2)).items()).isEmpty();
    }

    @Test
    void the_list_is_filtered_by_reason_rep_period_track_and_status() {
        Rejection timing = enrolled(LeadId.newId(), RejectionReason.TIMING, "ada@seller.example", T0);
        Rejection budget =
                enrolled(LeadId.newId(), RejectionReason.NO_BUDGET, "bob@seller.example", T0.plusSeconds(100));
        Rejection competitor = disqualified(LeadId.newId(), "ada@seller.example", T0.plusSeconds(200));

        assertThat(leadsOf(filter(RejectionReason.NO_BUDGET, null, null, null, null, null)))
                .containsExactly(budget.leadId());
        assertThat(leadsOf(filter(null, "ada@seller.example", null, null, null, null)))
                .containsExactly(competitor.leadId(), timing.leadId());
        assertThat(leadsOf(filter(null, null, T0.plusSeconds(100), T0.plusSeconds(200), null, null)))
                .containsExactly(budget.leadId());
        assertThat(leadsOf(filter(null, null, null, null, "quarterly-check-in", null)))
                .containsExactly(timing.leadId());
        assertThat(leadsOf(filter(null, null, null, null, null, "disqualified")))
                .containsExactly(competitor.leadId());
        assertThat(log().page(filter(RejectionReason.TIMING, "bob@seller.example", null, null, null, null))
                        .total())
                .isZero();
    }

    private java.util.List<LeadId> leadsOf(RejectedLeadsFilter filter) {
        return log().page(filter).items().stream().map(RejectedLeadView::leadId).toList();
    }
}
