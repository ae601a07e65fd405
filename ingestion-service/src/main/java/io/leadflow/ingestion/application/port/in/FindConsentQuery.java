package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.LeadId;
import java.util.Optional;

/** A known person's consent standing (contact allowed and no objection when no signal came); empty for an unknown lead. */
public interface FindConsentQuery {

    Optional<ConsentView> findConsent(LeadId lead);
}
