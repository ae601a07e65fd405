package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.util.Optional;

/** Looks a person up by e-mail address (given in a request body) or by lead id (the only key a URL carries). */
public interface FindContactQuery {

    Optional<ContactView> findContact(EmailAddress email);

    Optional<ContactView> findContact(LeadId lead);
}
