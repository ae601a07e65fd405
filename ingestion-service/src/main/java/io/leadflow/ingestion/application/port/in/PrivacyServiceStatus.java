package io.leadflow.ingestion.application.port.in;

import java.time.Instant;

/**
 * One service's part of a request: {@code doneAt} is null while it is pending; {@code records} how many rows it erased
 * or anonymised (erasure), null for an export.
 */
public record PrivacyServiceStatus(String service, Instant doneAt, Integer records) {

    public boolean done() {
        return doneAt != null;
    }
}
