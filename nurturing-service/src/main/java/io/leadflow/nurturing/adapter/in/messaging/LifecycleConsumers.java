package io.leadflow.nurturing.adapter.in.messaging;

import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.domain.RejectionOutcome;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer of {@code lead.lifecycle} (group nurturing-service). Rejections go to the enrolment use case; the
 * other lifecycle events (including nurturing's own stage changes) are not nurturing's business yet and are
 * acknowledged.
 */
@Configuration(proxyBeanMethods = false)
class LifecycleConsumers {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleConsumers.class);

    @Bean
    Consumer<Message<byte[]>> onLifecycleEvent(IntegrationEventReader reader, EnrollRejectedLeadUseCase enroll) {
        return message -> reader.read(message).ifPresentOrElse(event -> {
            if (event instanceof LeadRejectedEvent rejected) {
                log(rejected, enroll.enrollRejectedLead(command(rejected)));
            }
        }, () -> LOG.debug("ignoring a lifecycle message of unknown type {}", IntegrationEventReader.type(message)));
    }

    private static EnrollRejectedLeadCommand command(LeadRejectedEvent e) {
        return new EnrollRejectedLeadCommand(e.eventId(), e.metadata().lead(), e.reason(), e.note(), e.rejectedBy(),
                e.metadata().occurredAt(), e.metadata().correlationId());
    }

    private static void log(LeadRejectedEvent e, Optional<RejectionOutcome> outcome) {
        if (outcome.isEmpty()) {
            LOG.info("rejection {} of lead {} was handled before; nothing changed", e.eventId(), e.metadata().leadId());
        } else if (outcome.get() == RejectionOutcome.NO_TRACK) {
            LOG.warn("lead {} rejected for {} stays REJECTED: no nurture track takes that reason",
                    e.metadata().leadId(), e.reason());
        } else {
            LOG.info("rejection {} of lead {} ({}): {}", e.eventId(), e.metadata().leadId(), e.reason(),
                    outcome.get());
        }
    }
}
