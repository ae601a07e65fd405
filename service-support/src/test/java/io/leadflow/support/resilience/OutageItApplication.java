package io.leadflow.support.resilience;

import io.leadflow.kernel.event.MessageHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service with one consumer, as the four are built: it stores each event in its database in a transaction, keyed
 * by the event id (a repeat changes nothing), and refuses a body that says {@code poison} as a broken value, as it
 * refuses the stage {@code NEW_STAGE} until a row of {@code outage_it_known_stage} names it (the fix).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class OutageItApplication {

    /** The registry the actuator gives every service. */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    Consumer<Message<byte[]>> onTestEvent(JdbcClient jdbc, TransactionTemplate transactions) {
        return message -> {
            String body = new String(message.getPayload(), StandardCharsets.UTF_8);
            if (body.contains("poison")) {
                throw new IllegalArgumentException("the event's stage is not a stage");
            }
            if (body.contains("NEW_STAGE")
                    && jdbc.sql("select count(*) from outage_it_known_stage where stage = 'NEW_STAGE'")
                                    .query(Long.class)
                                    .single()
                            == 0) {
                throw new IllegalArgumentException("unknown stage NEW_STAGE");
            }
            transactions.executeWithoutResult(status -> jdbc.sql(
                            "insert into outage_it_received (event_id, body) values (?, ?) on conflict do nothing")
                    .params(String.valueOf(message.getHeaders().get(MessageHeaders.EVENT_ID)), body)
                    .update());
        };
    }
}
