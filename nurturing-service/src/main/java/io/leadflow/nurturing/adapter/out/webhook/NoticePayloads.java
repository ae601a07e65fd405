package io.leadflow.nurturing.adapter.out.webhook;

import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.LeadState;
import io.leadflow.nurturing.domain.NurtureNotice;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON bodies of {@code nurture.enrolled}, {@code nurture.exited} and {@code lead.recycled} (documented in the
 * nurturing service's README). Every body names its type, its notice id (also the {@code webhook-id}), the lead, the
 * enrolment and the track, so that marketing's automation can act on one body alone.
 */
final class NoticePayloads {

    private NoticePayloads() {}

    static Map<String, Object> of(NurtureNotice notice) {
        Enrollment e = notice.enrollment();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", notice.kind().type());
        body.put("noticeId", notice.id().toString());
        body.put("leadId", e.leadId().toString());
        body.put("enrollmentId", e.id().toString());
        body.put("occurredAt", notice.at().toString());
        switch (notice.kind()) {
            case ENROLLED -> enrolled(body, notice);
            case EXITED -> exited(body, notice);
            case RECYCLED -> recycled(body, notice);
        }
        return body;
    }

    private static void enrolled(Map<String, Object> body, NurtureNotice notice) {
        Enrollment e = notice.enrollment();
        body.put("source", e.source().name().toLowerCase(Locale.ROOT));
        body.put("reason", e.reason() == null ? null : e.reason().name().toLowerCase(Locale.ROOT));
        body.put("note", e.note());
        body.put("rejectedBy", e.rejectedBy());
        body.put("track", track(e, notice.trackVersion()));
        body.put("enrolledAt", e.enrolledAt().toString());
        body.put("expiresAt", text(e.expiresAt()));
        body.put("profile", profile(notice.profile()));
    }

    private static void exited(Map<String, Object> body, NurtureNotice notice) {
        Enrollment e = notice.enrollment();
        body.put("track", track(e, null));
        body.put("exitReason", notice.exitReason());
        body.put("trigger", e.exitTrigger());
        body.put("stage", e.stage().name());
        body.put("enrolledAt", e.enrolledAt().toString());
        body.put("exitedAt", text(e.endedAt()));
    }

    private static void recycled(Map<String, Object> body, NurtureNotice notice) {
        Enrollment e = notice.enrollment();
        body.put("track", track(e, null));
        body.put("trigger", e.exitTrigger());
        body.put("recycleCount", notice.recycleCount());
        body.put(
                "rejectionReason", e.reason() == null ? null : e.reason().name().toLowerCase(Locale.ROOT));
        body.put("recycledAt", text(e.endedAt()));
    }

    private static Map<String, Object> track(Enrollment e, Integer version) {
        Map<String, Object> track = new LinkedHashMap<>();
        track.put("key", e.track().key());
        track.put("name", e.track().name());
        if (version != null) {
            track.put("version", version);
        }
        return track;
    }

    /** The lead as nurturing knows it: its latest score and stage from the other services' events. */
    private static Map<String, Object> profile(LeadState state) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("score", state.score());
        profile.put("scoredAt", text(state.scoredAt()));
        profile.put("belowQualificationSince", text(state.belowSince()));
        profile.put("stage", state.stage() == null ? null : state.stage().name());
        profile.put("stagedAt", text(state.stagedAt()));
        return profile;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
