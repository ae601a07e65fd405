package io.leadflow.ingestion.application.port.in;

import io.leadflow.ingestion.domain.PrivacyRequestKind;
import java.util.Optional;
import java.util.UUID;

/** A request's status per service, and an export's document once it is complete and until it expires. */
public interface FindPrivacyRequestQuery {

    Optional<PrivacyRequestView> findPrivacyRequest(UUID id, PrivacyRequestKind kind);
}
