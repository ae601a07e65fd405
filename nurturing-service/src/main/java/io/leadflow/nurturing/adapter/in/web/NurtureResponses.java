package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.EnrollmentView;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadView;
import io.leadflow.nurturing.domain.TrackRef;
import java.time.Instant;
import java.util.Locale;

/** Views to web bodies: reasons as the lower-case codes the API also accepts, times as ISO-8601 instants. */
final class NurtureResponses {

    private NurtureResponses() {}

    static EnrollmentResponse enrollment(EnrollmentView v) {
        return new EnrollmentResponse(
                v.leadId().toString(),
                v.status().name(),
                track(v.track()),
                v.source().name(),
                v.reason() == null ? null : code(v.reason()),
                v.note(),
                v.rejectedBy(),
                v.enrolledAt().toString(),
                v.stage().name(),
                text(v.endedAt()),
                v.exitTrigger(),
                v.steps().stream()
                        .map(s -> new EnrollmentResponse.StepResponse(
                                s.position(),
                                s.name(),
                                s.dueAt().toString(),
                                s.status().name(),
                                text(s.sentAt())))
                        .toList(),
                v.recycleCount(),
                v.history());
    }

    static RejectedLeadPageResponse page(RejectedLeadPage page) {
        return new RejectedLeadPageResponse(
                page.items().stream().map(NurtureResponses::rejected).toList(), page.page(), page.size(), page.total());
    }

    private static RejectedLeadResponse rejected(RejectedLeadView v) {
        return new RejectedLeadResponse(
                v.leadId().toString(),
                code(v.reason()),
                v.note(),
                v.rejectedBy(),
                v.track().map(NurtureResponses::track).orElse(null),
                v.status(),
                v.rejectedAt().toString());
    }

    private static TrackRefResponse track(TrackRef ref) {
        return new TrackRefResponse(ref.key(), ref.name());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String code(RejectionReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
