package io.leadflow.ingestion.adapter.in.messaging;

import io.leadflow.ingestion.application.port.in.RecordPrivacyAnswerCommand;
import io.leadflow.ingestion.application.port.in.RecordPrivacyAnswerUseCase;
import io.leadflow.kernel.event.LeadDataErasedEvent;
import io.leadflow.kernel.event.LeadDataExportedEvent;
import io.leadflow.support.messaging.IntegrationEventReader;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer of {@code lead.privacy-receipts} (group ingestion-service): the other services' erasure receipts and
 * export parts, each recorded once against its request. Other event types are acknowledged and ignored.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyAnswerConsumers {

    @Bean
    Consumer<Message<byte[]>> onPrivacyAnswer(IntegrationEventReader reader, RecordPrivacyAnswerUseCase answers) {
        return message -> reader.readAll(message).handleEach(event -> {
            if (event instanceof LeadDataErasedEvent erased) {
                answers.recordPrivacyAnswer(new RecordPrivacyAnswerCommand(
                        erased.eventId(),
                        erased.requestId(),
                        erased.service(),
                        erased.erasedAt(),
                        erased.records(),
                        null));
            } else if (event instanceof LeadDataExportedEvent exported) {
                answers.recordPrivacyAnswer(new RecordPrivacyAnswerCommand(
                        exported.eventId(),
                        exported.requestId(),
                        exported.service(),
                        exported.metadata().occurredAt(),
                        null,
                        exported.document()));
            }
        });
    }
}
