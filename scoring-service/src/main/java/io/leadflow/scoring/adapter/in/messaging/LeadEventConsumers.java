package io.leadflow.scoring.adapter.in.messaging;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.event.DealAmountChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.LeadRecycledEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import io.leadflow.scoring.application.port.in.RecordDealAmountCommand;
import io.leadflow.scoring.application.port.in.RecordDealAmountUseCase;
import io.leadflow.scoring.application.port.in.RecordProfileCommand;
import io.leadflow.scoring.application.port.in.RecordProfileUseCase;
import io.leadflow.scoring.application.port.in.RecordStageChangeCommand;
import io.leadflow.scoring.application.port.in.RecordStageChangeUseCase;
import io.leadflow.scoring.application.port.in.RecycleLeadCommand;
import io.leadflow.scoring.application.port.in.RecycleLeadUseCase;
import io.leadflow.scoring.application.port.in.RecycleOutcome;
import io.leadflow.support.messaging.IntegrationEventReader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The functional consumers, one per incoming stream (bindings {@code <bean>-in-0} in application.yml, consumer group
 * {@code scoring-service}). Each turns a known event into a command for a driving port; other event types on the
 * stream are not scoring's business and are acknowledged.
 */
@Configuration(proxyBeanMethods = false)
class LeadEventConsumers {

    private static final Logger LOG = LoggerFactory.getLogger(LeadEventConsumers.class);

    @Bean
    Consumer<Message<byte[]>> onEngagementRecorded(EngagementMessages engagements) {
        return engagements::score;
    }

    @Bean
    Consumer<Message<byte[]>> onProfileChanged(IntegrationEventReader reader, RecordProfileUseCase profiles) {
        return message -> reader.readAll(message).handleEach(event -> {
            if (event instanceof ProfileChangedEvent profile) {
                EventMetadata meta = profile.metadata();
                Map<String, String> attributes = new HashMap<>(profile.attributes());
                attributes.put(ProfileAttributes.FREE_MAIL, Boolean.toString(freeMail(profile)));
                profiles.recordProfile(new RecordProfileCommand(
                        meta.eventId(),
                        meta.lead(),
                        profile.email(),
                        attributes,
                        meta.occurredAt(),
                        meta.correlationId()));
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> onLifecycleChanged(
            IntegrationEventReader reader,
            RecordStageChangeUseCase timeline,
            RecycleLeadUseCase recycling,
            RecordDealAmountUseCase amounts) {
        return message -> reader.readAll(message).handleEach(event -> {
            switch (event) {
                case LeadStageChangedEvent changed -> {
                    EventMetadata meta = changed.metadata();
                    timeline.recordStageChange(new RecordStageChangeCommand(
                            meta.eventId(),
                            meta.lead(),
                            changed.from(),
                            changed.to(),
                            changed.reason(),
                            changed.actor(),
                            meta.occurredAt(),
                            meta.correlationId(),
                            changed.amount(),
                            changed.currency(),
                            changed.assignedTo()));
                }
                case DealAmountChangedEvent changed -> {
                    EventMetadata meta = changed.metadata();
                    amounts.recordDealAmount(new RecordDealAmountCommand(
                            meta.eventId(),
                            meta.lead(),
                            changed.stage(),
                            changed.amount(),
                            changed.currency(),
                            meta.occurredAt()));
                }
                case LeadRecycledEvent recycled -> {
                    EventMetadata meta = recycled.metadata();
                    RecycleOutcome outcome = recycling.recycleLead(new RecycleLeadCommand(
                            meta.eventId(),
                            meta.lead(),
                            recycled.trigger(),
                            recycled.recycleCount(),
                            recycled.history(),
                            meta.occurredAt(),
                            meta.correlationId()));
                    if (outcome == RecycleOutcome.NOT_APPLICABLE) {
                        LOG.warn(
                                "lead {} was recycled (event {}) but is not RECYCLED or NURTURING here; skipped",
                                meta.leadId(),
                                meta.eventId());
                    }
                }
                default -> {
                    // qualifications, rejections: the stage moves that go with them arrive as LeadStageChanged
                }
            }
        });
    }

    /** The producer's verdict; a profile without one is judged by its e-mail domain, if it has a valid address. */
    private static boolean freeMail(ProfileChangedEvent profile) {
        String verdict = profile.attributes().get(ProfileAttributes.FREE_MAIL);
        if (verdict != null || profile.email() == null) {
            return Boolean.parseBoolean(verdict);
        }
        try {
            return EmailAddress.of(profile.email()).isFreeMail();
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
