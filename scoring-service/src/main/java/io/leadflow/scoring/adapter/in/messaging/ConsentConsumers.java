package io.leadflow.scoring.adapter.in.messaging;

import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.scoring.application.port.in.RecordConsentUseCase;
import io.leadflow.support.messaging.IntegrationEventReader;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The consumer of {@code lead.consent} (group scoring-service): ingestion's suppression list, kept here too. */
@Configuration(proxyBeanMethods = false)
class ConsentConsumers {

    @Bean
    Consumer<Message<byte[]>> onConsentChanged(IntegrationEventReader reader, RecordConsentUseCase consent) {
        return message -> reader.readAll(message).handleEach(event -> {
            if (event instanceof ConsentChangedEvent standing) {
                consent.recordConsent(standing);
            }
        });
    }
}
