package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.ingestion.application.port.in.FindContactQuery;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.kernel.EmailAddress;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class FindContactService implements FindContactQuery {

    private final ContactRepository contacts;

    FindContactService(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactView> findContact(EmailAddress email) {
        return contacts.findByEmail(email)
                .map(c -> new ContactView(c.leadId().value(), c.email().value(), c.attributes(), false));
    }
}
