package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.application.port.in.PrivacyServiceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A request as the API shows it: {@code status} PENDING or COMPLETED, each service with its status and when it
 * answered, and for a complete export the document. It never names the person.
 */
record PrivacyRequestResponse(
        UUID id,
        String kind,
        String status,
        Instant requestedAt,
        Instant completedAt,
        Instant expiresAt,
        List<ServiceStatus> services,
        JsonNode document) {

    record ServiceStatus(String service, String status, Instant doneAt, Integer records) {

        static ServiceStatus of(PrivacyServiceStatus s) {
            return new ServiceStatus(s.service(), s.done() ? "DONE" : "PENDING", s.doneAt(), s.records());
        }
    }

    static PrivacyRequestResponse of(PrivacyRequestView view, JsonNode document) {
        return new PrivacyRequestResponse(
                view.id(),
                view.kind().name().toLowerCase(Locale.ROOT),
                view.complete() ? "COMPLETED" : "PENDING",
                view.requestedAt(),
                view.completedAt(),
                view.expiresAt(),
                view.services().stream().map(ServiceStatus::of).toList(),
                document);
    }
}
