package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PrivacyRequest;
import io.leadflow.console.application.PrivacyRequestList;
import java.util.UUID;

/**
 * Ingestion's data subjects' requests ({@code /api/v1/privacy/erasures} and {@code /exports}), for admins and privacy
 * officers. The e-mail address travels only in a request body: the gateway refuses a path that holds one, and an
 * address in a path would end up in access logs.
 */
public interface PrivacyApi {

    /** Asks every service to erase the person; {@code kind} is {@code erasure} or {@code export}. */
    PrivacyRequest request(Caller caller, String kind, String email);

    PrivacyRequestList recent(Caller caller, String kind, int page, int size);

    /** The request with its per-service status and, for a complete export, its document. */
    PrivacyRequest find(Caller caller, String kind, UUID id);
}
