package io.leadflow.ingestion.domain;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;

/** A known person: the e-mail address that identifies them and the lead id every other service knows them by. */
public record Contact(LeadId leadId, EmailAddress email) {

    public Contact {
        if (leadId == null || email == null) {
            throw new IllegalArgumentException("a contact needs a lead id and an e-mail address");
        }
    }

    public static Contact firstSeen(EmailAddress email) {
        return new Contact(LeadId.newId(), email);
    }
}
