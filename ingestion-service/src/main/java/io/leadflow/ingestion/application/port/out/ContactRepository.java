package io.leadflow.ingestion.application.port.out;

import io.leadflow.ingestion.domain.Contact;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contacts we know, keyed by their normalised e-mail address. */
public interface ContactRepository {

    Optional<Contact> findByEmail(EmailAddress email);

    Optional<Contact> findByLeadId(LeadId lead);

    Map<EmailAddress, Contact> findByEmails(Collection<EmailAddress> emails);

    /**
     * Adds the candidates whose e-mail is not stored yet (two requests for a new person can race) and returns the
     * ones this call added; the others keep the contact stored first.
     */
    List<Contact> addAllIfAbsent(List<Contact> candidates);

    /** The stored contact, locked until the transaction ends so that two profile updates do not interleave. */
    Optional<Contact> findForUpdate(EmailAddress email);

    void update(Contact contact);

    boolean exists(LeadId lead);
}
