package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PrivacyRequest;
import io.leadflow.console.application.PrivacyRequestList;
import java.util.UUID;

/**
 * What a privacy officer does with data subjects' requests: ask for an export or an (irreversible) erasure of an
 * e-mail address's data, follow the recent requests per service, and read a request, an export with its document.
 * {@code kind} is {@code erasure} or {@code export}; anything else is refused before the API is asked.
 */
public interface HandlePrivacyRequestsUseCase {

    int PAGE_SIZE = 20;

    PrivacyRequest request(Caller caller, String kind, String email);

    PrivacyRequestList recent(Caller caller, String kind, int page);

    PrivacyRequest find(Caller caller, String kind, UUID id);
}
