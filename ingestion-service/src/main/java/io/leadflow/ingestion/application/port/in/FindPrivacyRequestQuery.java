package io.leadflow.ingestion.application.port.in;

import io.leadflow.ingestion.domain.PrivacyRequestKind;
import java.util.Optional;
import java.util.UUID;

/**
 * A request's status per service, and an export's document once it is complete and until it expires; and the recent
 * requests of a kind, so a privacy officer can follow them without keeping their ids.
 */
public interface FindPrivacyRequestQuery {

    Optional<PrivacyRequestView> findPrivacyRequest(UUID id, PrivacyRequestKind kind);

    /** Requests of {@code kind}, newest first; {@code page} from 0, {@code size} 1 to 100 (else a named refusal). */
    PrivacyRequestPage findPrivacyRequests(PrivacyRequestKind kind, int page, int size);
}
