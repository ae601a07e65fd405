package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.util.UUID;

/**
 * A service's answer: for an erasure how many rows it erased ({@code document} null), for an export its part as
 * JSON text ({@code records} null).
 */
public record RecordPrivacyAnswerCommand(
        UUID eventId, UUID requestId, String service, Instant at, Integer records, String document) {

    public RecordPrivacyAnswerCommand {
        if (eventId == null || requestId == null || service == null || service.isBlank() || at == null) {
            throw new InvalidValueException(
                    "answer", "answer.incomplete", "an answer needs its event id, request id, service and time");
        }
    }
}
