package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadView;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.Rejection;
import io.leadflow.nurturing.domain.RejectionOutcome;
import io.leadflow.nurturing.domain.TrackRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The log; marketing's list shows each rejection's enrolment (its track and current status), as SQL joins it. */
final class InMemoryRejectionLog implements RejectionLog {
    record Entry(Rejection rejection, RejectionOutcome outcome, Optional<UUID> enrollmentId) {}

    final List<Entry> entries = new ArrayList<>();
    private final InMemoryEnrollments enrollments;

    InMemoryRejectionLog(InMemoryEnrollments enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public void record(Rejection rejection, RejectionOutcome outcome, Optional<UUID> enrollmentId) {
        if (entries.stream().anyMatch(e -> e.rejection().id().equals(rejection.id()))) {
            throw new IllegalStateException("rejection " + rejection.id() + " recorded twice");
        }
        entries.add(new Entry(rejection, outcome, enrollmentId));
    }

    @Override
    public List<Rejection> ofLead(LeadId leadId) {
        return entries.stream()
                .map(Entry::rejection)
                .filter(r -> r.leadId().equals(leadId))
                .sorted(Comparator.comparing(Rejection::rejectedAt))
                .toList();
    }

    @Override
    public RejectedLeadPage page(RejectedLeadsFilter filter) {
        List<RejectedLeadView> views = entries.reversed().stream()
                .sorted(Comparator.comparing((Entry e) -> e.rejection().rejectedAt())
                        .reversed())
                .map(this::view)
                .filter(v -> matches(filter, v))
                .toList();
        return new RejectedLeadPage(
                views.stream().skip(filter.offset()).limit(filter.size()).toList(),
                filter.page(),
                filter.size(),
                views.size());
    }

    private RejectedLeadView view(Entry e) {
        Optional<Enrollment> enrollment = e.enrollmentId().map(enrollments.byId::get);
        return new RejectedLeadView(
                e.rejection().leadId(),
                e.rejection().reason(),
                e.rejection().note(),
                e.rejection().rejectedBy(),
                enrollment.map(Enrollment::track),
                enrollment.map(en -> en.status().name()).orElse(e.outcome().name()),
                e.rejection().rejectedAt());
    }

    private static boolean matches(RejectedLeadsFilter f, RejectedLeadView v) {
        return f.reason().map(r -> r == v.reason()).orElse(true)
                && f.rep().map(r -> r.equals(v.rejectedBy())).orElse(true)
                && f.from().map(from -> !v.rejectedAt().isBefore(from)).orElse(true)
                && f.to().map(to -> v.rejectedAt().isBefore(to)).orElse(true)
                && f.track()
                        .map(t -> v.track().map(TrackRef::key).filter(t::equals).isPresent())
                        .orElse(true)
                && f.status().map(st -> st.equals(v.status())).orElse(true);
    }
}
