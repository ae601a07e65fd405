package io.leadflow.support.outbox;

import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.ResilienceAutoConfiguration;
import io.leadflow.support.resilience.ResilienceProperties;
import io.leadflow.support.trace.CurrentTrace;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox of a service: the writer its {@code LeadEventPublisher} adapter hands events to, the relay
 * that sends them (driven by the service's {@code @EnableScheduling}) and the {@code leadflow.outbox.backlog} gauge.
 * Every service has the {@code outbox_event} table in its own migrations. An application without a database or a
 * broker on its class path (the console) gets none of it.
 */
@AutoConfiguration(after = ResilienceAutoConfiguration.class)
@ConditionalOnClass(
        name = {
            "org.springframework.jdbc.core.simple.JdbcClient",
            "org.springframework.cloud.stream.function.StreamBridge"
        })
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    CurrentTrace currentTrace(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new CurrentTrace(tracer, propagator);
    }

    @Bean
    OutboxWriter outboxWriter(JdbcTemplate template, JsonMapper json, CurrentTrace trace, OutboxRelay relay) {
        return new OutboxWriter(template, json, trace, relay::wake);
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            StreamBridge bridge,
            TransactionTemplate transactions,
            OutboxProperties properties,
            DependencyOutages outages,
            ResilienceProperties resilience) {
        return new OutboxRelay(new JdbcOutboxTable(jdbc), bridge, transactions, properties, outages, resilience);
    }

    @Bean
    MeterBinder outboxBacklog(OutboxRelay relay) {
        return registry -> Gauge.builder("leadflow.outbox.backlog", relay, OutboxRelay::backlog)
                .description("outbox events not yet confirmed by the broker")
                .register(registry);
    }
}
