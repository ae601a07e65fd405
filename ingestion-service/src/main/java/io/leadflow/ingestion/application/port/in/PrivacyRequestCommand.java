package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;

/**
 * A data subject's request as an admin or privacy officer files it: whose data (the e-mail), who filed it and the
 * correlation id of the call.
 */
public record PrivacyRequestCommand(EmailAddress email, String requestedBy, String correlationId) {

    public PrivacyRequestCommand {
        if (email == null) {
            throw new InvalidValueException("email", "email.required", "an e-mail address is required");
        }
        if (requestedBy == null || requestedBy.isBlank()) {
            throw new InvalidValueException("requestedBy", "requestedBy.required", "who asked is required");
        }
        if (correlationId == null || correlationId.isBlank()) {
            throw new InvalidValueException("correlationId", "correlationId.required", "a correlation id is required");
        }
    }
}
