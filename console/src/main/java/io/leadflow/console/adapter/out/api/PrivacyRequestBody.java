package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.PrivacyRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Ingestion's {@code PrivacyRequestResponse} and its list; the document is kept as JSON to be shown as written. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PrivacyRequestBody(
        UUID id,
        String kind,
        String status,
        @Nullable Instant requestedAt,
        @Nullable Instant completedAt,
        @Nullable Instant expiresAt,
        @Nullable List<Part> services,
        @Nullable JsonNode document) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Part(
            String service,
            String status,
            @Nullable Instant doneAt,
            @Nullable Integer records) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(int page, int size, long total, @Nullable List<PrivacyRequestBody> items) {}

    /** The request, its document (if any) written out by {@code indented}. */
    PrivacyRequest toRequest(Function<JsonNode, String> indented) {
        return new PrivacyRequest(
                id,
                kind,
                status,
                requestedAt,
                completedAt,
                expiresAt,
                services == null
                        ? List.of()
                        : services.stream()
                                .map(p -> new PrivacyRequest.ServicePart(
                                        p.service(), p.status(), p.doneAt(), p.records()))
                                .toList(),
                document == null || document.isNull() ? null : indented.apply(document));
    }
}
