package io.leadflow.handoff.adapter.in.messaging;

import io.leadflow.handoff.application.port.in.AssignAccountHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignmentOutcome;
import io.leadflow.handoff.application.port.in.RecordLeadHistoryUseCase;
import io.leadflow.handoff.application.port.in.RecordLeadProfileCommand;
import io.leadflow.handoff.application.port.in.RecordLeadProfileUseCase;
import io.leadflow.handoff.domain.WinLikelihood;
import io.leadflow.kernel.event.AccountQualifiedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.LeadRecycledEvent;
import io.leadflow.kernel.event.ProfileChangedEvent;
import io.leadflow.support.messaging.IntegrationEventReader;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumers of the hand-off service: {@code onLifecycleEvent} (lead.lifecycle, group handoff-service) hands
 * qualified leads and qualified accounts to sales; {@code onProfileEvent} (lead.profiles) keeps the lead profiles notifications show. Other
 * lifecycle events, our own among them, are not for this service yet and are acknowledged. A message may carry one
 * event or many (docs/messages.md); each is handled on its own, and redeliveries are recognised by the event ids.
 */
@Configuration(proxyBeanMethods = false)
class HandoffEventConsumers {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffEventConsumers.class);

    @Bean
    Consumer<Message<byte[]>> onLifecycleEvent(
            IntegrationEventReader reader,
            AssignHandoffUseCase assignHandoff,
            RecordLeadHistoryUseCase recordHistory,
            AssignAccountHandoffUseCase assignAccount) {
        return message -> reader.readAll(message).handleEach(event -> {
            if (event instanceof AccountQualifiedEvent account) {
                AssignmentOutcome outcome = assignAccount.assignAccountHandoff(AccountHandoffs.command(account));
                LOG.info(
                        "account {} qualified (event {}): {}",
                        account.accountId(),
                        account.metadata().eventId(),
                        outcome);
                return;
            }
            if (event instanceof LeadQualifiedEvent qualified) {
                EventMetadata meta = qualified.metadata();
                AssignmentOutcome outcome = assignHandoff.assignHandoff(new AssignHandoffCommand(
                        meta.eventId(),
                        meta.lead(),
                        qualified.score(),
                        qualified.fastTrack(),
                        qualified.reasons(),
                        meta.occurredAt(),
                        meta.correlationId(),
                        qualified.segment(),
                        qualified.channel() == null ? null : qualified.channel().name(),
                        qualified.source(),
                        qualified.campaign(),
                        qualified.fitGrade(),
                        qualified.accountId(),
                        qualified.accountOwnerRepId(),
                        qualified.likelihoods().stream()
                                .map(l -> new WinLikelihood(l.model(), l.version(), l.percent(), l.reasons()))
                                .toList()));
                LOG.info("lead {} qualified (event {}): {}", meta.leadId(), meta.eventId(), outcome);
            } else if (event instanceof LeadRecycledEvent recycled) {
                recordHistory.recordLeadHistory(
                        recycled.metadata().eventId(),
                        recycled.metadata().lead(),
                        recycled.recycleCount(),
                        recycled.history());
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> onProfileEvent(IntegrationEventReader reader, RecordLeadProfileUseCase recordProfile) {
        return message -> reader.readAll(message).handleEach(event -> {
            if (event instanceof ProfileChangedEvent profile) {
                EventMetadata meta = profile.metadata();
                recordProfile.recordLeadProfile(new RecordLeadProfileCommand(
                        meta.eventId(), meta.lead(), profile.email(), profile.attributes(), meta.occurredAt()));
            }
        });
    }
}
