package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.ingestion.application.port.in.FindContactQuery;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.domain.Contact;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
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
        return contacts.findByEmail(email).map(FindContactService::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactView> findContact(LeadId lead) {
        return contacts.findByLeadId(lead).map(FindContactService::view);
    }

    private static ContactView view(Contact c) {
        return new ContactView(c.leadId().value(), c.email().value(), c.attributes(), false);
    }
}
