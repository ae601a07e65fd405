package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;

/**
 * An explicit change of a person's consent by marketing or an admin: {@code marketing} true re-subscribes (the only
 * way besides a consent-given signal from the person's own tools), false suppresses; {@code profiling} false records
 * an objection to profiling, true lifts it; null leaves either as it is.
 */
public record ChangeConsentCommand(
        LeadId lead, Boolean marketing, Boolean profiling, String actor, String correlationId) {

    public ChangeConsentCommand {
        Texts.require(lead, "leadId");
        Texts.require(actor, "actor");
        Texts.require(correlationId, "correlationId");
        if (marketing == null && profiling == null) {
            throw new InvalidValueException(
                    "marketing", "consent.required", "name marketing (true or false), profiling, or both");
        }
    }
}
