package io.leadflow.nurturing.adapter.in.messaging;

import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.kernel.event.LeadScoredEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.LeadSignalCommand;
import io.leadflow.nurturing.application.port.in.RecordConsentUseCase;
import io.leadflow.nurturing.application.port.in.RecordLeadSignalUseCase;
import io.leadflow.nurturing.domain.RejectionOutcome;
import io.leadflow.support.messaging.EventContents;
import io.leadflow.support.messaging.IntegrationEventReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumers (group nurturing-service): {@code lead.lifecycle} (rejections enrol; stage changes by others may end
 * an enrolment), {@code lead.scores} (a score crossing the recycle threshold recycles; scores feed the
 * below-threshold enrolment) and {@code lead.engagements} (a buying signal recycles, an unsubscribe ends nurturing).
 * Other event types are acknowledged and ignored.
 */
@Configuration(proxyBeanMethods = false)
class LifecycleConsumers {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleConsumers.class);

    @Bean
    Consumer<Message<byte[]>> onLifecycleEvent(
            IntegrationEventReader reader, EnrollRejectedLeadUseCase enroll, RecordLeadSignalUseCase signals) {
        return message -> reader.readAll(message).handleEach(event -> {
            if (event instanceof LeadRejectedEvent rejected) {
                log(rejected, enroll.enrollRejectedLead(command(rejected)));
            } else if (event instanceof LeadStageChangedEvent changed) {
                EventMetadata m = changed.metadata();
                signals.recordLeadSignal(LeadSignalCommand.staged(
                        m.eventId(), m.lead(), changed.to(), changed.actor(), m.occurredAt(), m.correlationId()));
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> onLeadScored(IntegrationEventReader reader, RecordLeadSignalUseCase signals) {
        return message -> reader.readAll(message).handleEach(event -> {
            if (event instanceof LeadScoredEvent scored) {
                EventMetadata m = scored.metadata();
                signals.recordLeadSignal(LeadSignalCommand.scored(
                                m.eventId(), m.lead(), scored.score(), m.occurredAt(), m.correlationId()))
                        .ifPresent(result -> LOG.info("lead {} {} after score {}", m.leadId(), result, scored.score()));
            }
        });
    }

    /**
     * One event or many per message (docs/messages.md), each in its own transaction; if any fails the message fails
     * after the others were applied, so the binder retries it (the applied ones are recognised by their ids) and
     * finally dead-letters it.
     */
    @Bean
    Consumer<Message<byte[]>> onEngagementRecorded(
            IntegrationEventReader reader, RecordLeadSignalUseCase signals, RecordConsentUseCase consent) {
        return message -> {
            EventContents contents = reader.readAll(message);
            List<String> failed = new ArrayList<>(contents.unreadable());
            for (IntegrationEvent event : contents.events()) {
                if (event instanceof EngagementRecordedEvent engagement) {
                    try {
                        // a withdrawal the engagement carried is kept before the engagement is acted on
                        if (engagement.consent() != null) {
                            consent.recordConsent(engagement.consent());
                        }
                        engaged(signals, engagement);
                    } catch (RuntimeException e) {
                        failed.add(event.eventId() + ": " + e);
                    }
                }
            }
            if (!failed.isEmpty()) {
                throw new UnhandledEventsException(failed, contents.carried());
            }
        };
    }

    private static void engaged(RecordLeadSignalUseCase signals, EngagementRecordedEvent engagement) {
        EventMetadata m = engagement.metadata();
        signals.recordLeadSignal(LeadSignalCommand.engaged(
                        m.eventId(), m.lead(), engagement.engagementType(), m.occurredAt(), m.correlationId()))
                .ifPresent(result -> LOG.info("lead {} {} after {}", m.leadId(), result, engagement.engagementType()));
    }

    private static EnrollRejectedLeadCommand command(LeadRejectedEvent e) {
        return new EnrollRejectedLeadCommand(
                e.eventId(),
                e.metadata().lead(),
                e.reason(),
                e.note(),
                e.rejectedBy(),
                e.metadata().occurredAt(),
                e.metadata().correlationId());
    }

    private static void log(LeadRejectedEvent e, Optional<RejectionOutcome> outcome) {
        if (outcome.isEmpty()) {
            LOG.info(
                    "rejection {} of lead {} was handled before; nothing changed",
                    e.eventId(),
                    e.metadata().leadId());
        } else if (outcome.get() == RejectionOutcome.NO_TRACK) {
            LOG.warn(
                    "lead {} rejected for {} stays REJECTED: no nurture track takes that reason",
                    e.metadata().leadId(),
                    e.reason());
        } else {
            LOG.info(
                    "rejection {} of lead {} ({}): {}",
                    e.eventId(),
                    e.metadata().leadId(),
                    e.reason(),
                    outcome.get());
        }
    }
}
