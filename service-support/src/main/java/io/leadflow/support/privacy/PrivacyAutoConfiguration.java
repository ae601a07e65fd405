package io.leadflow.support.privacy;

import io.leadflow.support.deadletter.JdbcDeadLetters;
import io.leadflow.support.idempotency.ErasedLeads;
import io.leadflow.support.idempotency.JdbcProcessedEventStore;
import io.leadflow.support.messaging.IntegrationEventReader;
import io.leadflow.support.outbox.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code onPrivacyRequest} consumer (binding {@code onPrivacyRequest-in-0} on {@code lead.privacy}, declared in
 * the service's configuration) of every service that has a {@link PersonalData} bean. The receipts name the service
 * by {@code spring.application.name}.
 */
@AutoConfiguration(
        afterName = {
            "io.leadflow.support.outbox.OutboxAutoConfiguration",
            "io.leadflow.support.messaging.MessagingAutoConfiguration",
            "io.leadflow.support.deadletter.DeadLetterAutoConfiguration"
        })
@ConditionalOnBean(PersonalData.class)
public class PrivacyAutoConfiguration {

    @Bean
    PrivacyRequestHandler privacyRequestHandler(
            @Value("${spring.application.name}") String service,
            PersonalData data,
            JdbcClient jdbc,
            OutboxWriter outbox,
            TransactionTemplate transactions,
            JsonMapper json,
            ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<JdbcDeadLetters> deadLetters) {
        ErasedLeads erased = new ErasedLeads(jdbc, meters.getIfAvailable(() -> Metrics.globalRegistry));
        return new PrivacyRequestHandler(
                service,
                data,
                new JdbcProcessedEventStore(jdbc, erased),
                jdbc,
                outbox,
                transactions,
                json,
                clock.getIfAvailable(Clock::systemUTC),
                erased,
                deadLetters.getIfAvailable(() -> new JdbcDeadLetters(jdbc, json)));
    }

    @Bean
    Consumer<Message<byte[]>> onPrivacyRequest(IntegrationEventReader reader, PrivacyRequestHandler handler) {
        return message -> reader.readAll(message).handleEach(handler::handle);
    }
}
