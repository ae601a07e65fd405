package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ChangeConsentCommand;
import io.leadflow.ingestion.application.port.in.ChangeConsentUseCase;
import io.leadflow.ingestion.application.port.in.ConsentView;
import io.leadflow.ingestion.application.port.in.FindConsentQuery;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.SuppressionList;
import io.leadflow.ingestion.domain.Suppression;
import io.leadflow.kernel.LeadId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class ChangeConsentService implements ChangeConsentUseCase, FindConsentQuery {

    private final ContactRepository contacts;
    private final SuppressionList list;
    private final ConsentRecorder recorder;
    private final Clock clock;

    ChangeConsentService(ContactRepository contacts, SuppressionList list, ConsentRecorder recorder, Clock clock) {
        this.contacts = contacts;
        this.list = list;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<ConsentView> changeConsent(ChangeConsentCommand command) {
        if (!contacts.exists(command.lead())) {
            return Optional.empty();
        }
        Suppression next = recorder.record(
                command.lead(),
                command.marketing(),
                command.profiling(),
                Suppression.CONSENT_WITHDRAWN,
                clock.instant(),
                command.actor(),
                command.correlationId());
        return Optional.of(ConsentRecorder.view(next));
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
