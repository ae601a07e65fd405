package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ConsentView;
import io.leadflow.ingestion.application.port.in.FindConsentQuery;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.SuppressionList;
import io.leadflow.ingestion.domain.Suppression;
import io.leadflow.kernel.LeadId;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class FindConsentService implements FindConsentQuery {

    private final ContactRepository contacts;
    private final SuppressionList list;

    FindConsentService(ContactRepository contacts, SuppressionList list) {
        this.contacts = contacts;
        this.list = list;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConsentView> findConsent(LeadId lead) {
        if (!contacts.exists(lead)) {
            return Optional.empty();
        }
        return Optional.of(ConsentRecorder.view(list.find(lead).orElseGet(() -> Suppression.none(lead))));
    }
}
