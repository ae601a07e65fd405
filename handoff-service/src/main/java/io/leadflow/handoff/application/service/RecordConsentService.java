package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.RecordConsentUseCase;
import io.leadflow.handoff.application.port.out.ConsentRegister;
import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.kernel.event.ConsentChangedEvent;
import org.springframework.transaction.annotation.Transactional;

class RecordConsentService implements RecordConsentUseCase {

    private final ProcessedEvents processed;
    private final ConsentRegister consent;

    RecordConsentService(ProcessedEvents processed, ConsentRegister consent) {
        this.processed = processed;
        this.consent = consent;
    }

    @Override
    @Transactional
    public boolean recordConsent(ConsentChangedEvent standing) {
        return processed.firstSeen(
                        standing.eventId(), standing.metadata().lead().value())
                && consent.keep(standing);
    }
}
