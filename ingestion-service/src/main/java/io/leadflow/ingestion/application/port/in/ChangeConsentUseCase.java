package io.leadflow.ingestion.application.port.in;

import java.util.Optional;

/** Changes a person's consent standing on marketing's or an admin's explicit word; empty for an unknown lead. */
public interface ChangeConsentUseCase {

    Optional<ConsentView> changeConsent(ChangeConsentCommand command);
}
