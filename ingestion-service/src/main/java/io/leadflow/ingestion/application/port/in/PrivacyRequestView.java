package io.leadflow.ingestion.application.port.in;

import io.leadflow.ingestion.domain.PrivacyRequestKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A data subject's request as it stands: complete when every service answered. {@code document} is an export's
 * assembled JSON (null for an erasure and until every part is in); {@code expiresAt} when an export is deleted.
 */
public record PrivacyRequestView(
        UUID id,
        PrivacyRequestKind kind,
        Instant requestedAt,
        Instant completedAt,
        Instant expiresAt,
        List<PrivacyServiceStatus> services,
        String document) {

    public PrivacyRequestView {
        services = List.copyOf(services);
    }

    public boolean complete() {
        return completedAt != null;
    }
}
