package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.EmailAddress;
import java.util.Optional;

/** Looks a person up by e-mail address. */
public interface FindContactQuery {

    Optional<ContactView> findContact(EmailAddress email);
}
