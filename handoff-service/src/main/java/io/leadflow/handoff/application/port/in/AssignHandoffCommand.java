package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.WinLikelihood;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lead qualified (LeadQualifiedEvent): hand it to sales. The event id makes a redelivery harmless.
 *
 * @param accountOwnerRepId the rep who owns the lead's account (null: none); routing offers them the lead first
 * @param likelihoods the lead's likelihoods of being won when it qualified (empty: none published, or none sent)
 */
public record AssignHandoffCommand(
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
        UUID accountId,
        UUID accountOwnerRepId,
        List<WinLikelihood> likelihoods) {

    public AssignHandoffCommand {
        Commands.require(eventId, "eventId");
        Commands.require(leadId, "leadId");
        Commands.require(qualifiedAt, "qualifiedAt");
        Commands.require(correlationId, "correlationId");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        likelihoods = likelihoods == null ? List.of() : List.copyOf(likelihoods);
    }

    /** A qualification without likelihoods. */
    public AssignHandoffCommand(
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
            UUID accountId,
            UUID accountOwnerRepId) {
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
                accountId,
                accountOwnerRepId,
                List.of());
    }

    /** A qualification of a lead without an account. */
    public AssignHandoffCommand(
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
                null,
                null,
                List.of());
    }

    public AssignHandoffCommand(
            UUID eventId,
            LeadId leadId,
            int score,
            boolean fastTrack,
            List<String> reasons,
            Instant qualifiedAt,
            String correlationId) {
        this(eventId, leadId, score, fastTrack, reasons, qualifiedAt, correlationId, null, null, null, null, null);
    }
}
