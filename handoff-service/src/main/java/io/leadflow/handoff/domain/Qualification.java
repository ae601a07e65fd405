package io.leadflow.handoff.domain;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Why the lead came to sales: the score, whether a buying signal fast-tracked it, the reasons a rep reads, and the
 * segment, channel, source, campaign and fit grade that routing and conversion reports group by (any may be null).
 * The event id makes a repeated qualification recognisable; the correlation id follows the lead's journey.
 */
public record Qualification(
        UUID eventId,
        LeadId leadId,
        int score,
        boolean fastTrack,
        List<String> reasons,
        Instant qualifiedAt,
        String correlationId,
        String segment,
        String channel,
        String source,
        String campaign,
        String fitGrade,
        List<WinLikelihood> likelihoods) {

    public Qualification {
        if (eventId == null || leadId == null || qualifiedAt == null || correlationId == null) {
            throw new IllegalArgumentException(
                    "a qualification needs an event id, a lead, a time and a correlation id");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        likelihoods = likelihoods == null ? List.of() : List.copyOf(likelihoods);
    }

    /** A qualification without likelihoods. */
    public Qualification(
            UUID eventId,
            LeadId leadId,
            int score,
            boolean fastTrack,
            List<String> reasons,
            Instant qualifiedAt,
            String correlationId,
            String segment,
            String channel,
            String source,
            String campaign,
            String fitGrade) {
        this(
                eventId,
                leadId,
                score,
                fastTrack,
                reasons,
                qualifiedAt,
                correlationId,
                segment,
                channel,
                source,
                campaign,
                fitGrade,
                List.of());
    }

    public Qualification(
            UUID eventId,
            LeadId leadId,
            int score,
            boolean fastTrack,
            List<String> reasons,
            Instant qualifiedAt,
            String correlationId) {
        this(eventId, leadId, score, fastTrack, reasons, qualifiedAt, correlationId, null, null, null, null, null);
    }

    public Priority priority() {
        return Priority.of(fastTrack);
    }
}
