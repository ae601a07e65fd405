package io.leadflow.ingestion.application.port.out;

import io.leadflow.ingestion.domain.Contact;
import io.leadflow.kernel.EmailAddress;
import java.util.Optional;

/** The contacts we know, keyed by their normalised e-mail address. */
public interface ContactRepository {

    Optional<Contact> findByEmail(EmailAddress email);

    /**
     * Adds the candidate unless a contact with its e-mail exists already (two events for a new person can race);
     * returns whichever contact is stored.
     */
    Contact addIfAbsent(Contact candidate);
}
