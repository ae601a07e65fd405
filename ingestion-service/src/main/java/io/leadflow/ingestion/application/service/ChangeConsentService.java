package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ChangeConsentCommand;
import io.leadflow.ingestion.application.port.in.ChangeConsentUseCase;
import io.leadflow.ingestion.application.port.in.ConsentView;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.domain.Suppression;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class ChangeConsentService implements ChangeConsentUseCase {

    private final ContactRepository contacts;
    private final ConsentRecorder recorder;
    private final Clock clock;

    ChangeConsentService(ContactRepository contacts, ConsentRecorder recorder, Clock clock) {
        this.contacts = contacts;
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
}
