package io.leadflow.support.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Objects;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dead-letter office of every service that consumes: the drain of its consumer queues' DLQs into its {@code
 * dead_letter} table (driven by the service's {@code @EnableScheduling}), the re-drive, the {@code
 * leadflow.dead.letters} gauge per queue and, in a web application, the admin API. The service's queues are its
 * consumer bindings' {@code <destination>.<group>}. {@code leadflow.dead-letters.enabled=false} switches it off.
 */
@AutoConfiguration(afterName = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration")
@ConditionalOnClass(
        name = {
            "org.springframework.amqp.rabbit.core.RabbitTemplate",
            "org.springframework.cloud.stream.config.BindingServiceProperties"
        })
@ConditionalOnProperty(name = "leadflow.dead-letters.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterAutoConfiguration {

    @Bean
    JdbcDeadLetters jdbcDeadLetters(JdbcClient jdbc, JsonMapper json) {
        return new JdbcDeadLetters(jdbc, json);
    }

    @Bean
    DeadLetterDrain deadLetterDrain(
            BindingServiceProperties bindings,
            RabbitTemplate rabbit,
            JdbcDeadLetters table,
            TransactionTemplate transactions,
            DeadLetterProperties properties) {
        List<DeadLetterQueue> queues = bindings.getBindings().entrySet().stream()
                .filter(binding -> binding.getKey().contains("-in-"))
                .map(binding -> binding.getValue())
                .filter(binding -> binding.getGroup() != null && binding.getDestination() != null)
                .map(binding -> new DeadLetterQueue(binding.getDestination() + "." + binding.getGroup()))
                .distinct()
                .toList();
        return new DeadLetterDrain(queues, rabbit, table, transactions, properties.batchSize());
    }

    @Bean
    DeadLetterRedrive deadLetterRedrive(
            RabbitTemplate rabbit, JdbcDeadLetters table, DeadLetterProperties properties, Environment environment) {
        return new DeadLetterRedrive(
                rabbit,
                table,
                properties.confirmTimeout(),
                "leadflow.redrive." + environment.getProperty("spring.application.name", "service"));
    }

    @Bean
    MeterBinder deadLetterGauges(DeadLetterDrain drain) {
        return registry -> drain.queues()
                .forEach(queue -> Gauge.builder("leadflow.dead.letters", drain, d -> d.count(queue.queue()))
                        .description("messages of the queue that failed and wait in the dead_letter table")
                        .tag("queue", queue.queue())
                        .register(registry));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Api {

        @Bean
        DeadLetterController deadLetterController(
                Environment environment, DeadLetterDrain drain, JdbcDeadLetters table, DeadLetterRedrive redrive) {
            String name = Objects.requireNonNull(environment.getProperty("spring.application.name", "service"));
            return new DeadLetterController(name.replaceFirst("-service$", ""), drain, table, redrive);
        }
    }
}
