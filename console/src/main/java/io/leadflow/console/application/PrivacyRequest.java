package io.leadflow.console.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A data subject's erasure or export as ingestion tracks it: {@code kind} {@code erasure} or {@code export},
 * {@code status} PENDING or COMPLETED, each service's part with when it answered (and, for an erasure, how many
 * records it erased or anonymised), when an export is deleted, and an export's document as indented JSON once it is
 * complete (null otherwise and in lists). It never names the person.
 */
public record PrivacyRequest(
        UUID id,
        String kind,
        String status,
        @Nullable Instant requestedAt,
        @Nullable Instant completedAt,
        @Nullable Instant expiresAt,
        List<ServicePart> services,
        @Nullable String document) {

    /** One service's part: {@code status} DONE or PENDING, {@code doneAt} null while pending. */
    public record ServicePart(
            String service,
            String status,
            @Nullable Instant doneAt,
            @Nullable Integer records) {

        public boolean done() {
            return "DONE".equals(status);
        }
    }

    public PrivacyRequest {
        services = List.copyOf(services);
    }

    public boolean complete() {
        return "COMPLETED".equals(status);
    }

    public boolean export() {
        return "export".equals(kind);
    }

    /** How many services have answered, for the list ("2 of 4 services done"). */
    public long servicesDone() {
        return services.stream().filter(ServicePart::done).count();
    }
}
