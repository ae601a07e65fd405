package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.RecordPrivacyAnswerCommand;
import io.leadflow.ingestion.application.port.in.RecordPrivacyAnswerUseCase;
import org.springframework.transaction.annotation.Transactional;

/** A receipt or part is recorded with its event id in one transaction, so a redelivery changes nothing. */
class RecordPrivacyAnswerService implements RecordPrivacyAnswerUseCase {

    private final PrivacyServices.Ports ports;

    RecordPrivacyAnswerService(PrivacyServices.Ports ports) {
        this.ports = ports;
    }

    @Override
    @Transactional
    public void recordPrivacyAnswer(RecordPrivacyAnswerCommand command) {
        if (!ports.processed().firstSeen(command.eventId())) {
            return;
        }
        if (ports.requests()
                .answer(command.requestId(), command.service(), command.at(), command.records(), command.document())) {
            ports.requests()
                    .completeIfAnswered(command.requestId(), ports.clock().instant());
        }
    }
}
