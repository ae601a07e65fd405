package io.leadflow.scoring.adapter.in.messaging;

import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.scoring.application.port.in.RecordConsentUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementsCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementsUseCase;
import io.leadflow.support.messaging.EventContents;
import io.leadflow.support.messaging.IntegrationEventReader;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Scores what one lead.engagements message carries. One event: one transaction. Many events: one transaction for all
 * of them (each lead locked and saved once); if that fails, one transaction per event, so that one bad event does not
 * hold back the others. If any event is still not scored, the message fails: the binder retries it and finally
 * dead-letters it, and on every retry the events already scored are skipped by their ids. A consent standing an
 * engagement changed (it carries it) is kept first, so that an event that withdrew consent is never scored as if it
 * had not.
 */
@Component
class EngagementMessages {

    private static final Logger LOG = LoggerFactory.getLogger(EngagementMessages.class);

    private final IntegrationEventReader reader;
    private final ScoreEngagementUseCase one;
    private final ScoreEngagementsUseCase many;
    private final RecordConsentUseCase consent;

    EngagementMessages(
            IntegrationEventReader reader,
            ScoreEngagementUseCase one,
            ScoreEngagementsUseCase many,
            RecordConsentUseCase consent) {
        this.reader = reader;
        this.one = one;
        this.many = many;
        this.consent = consent;
    }

    void score(Message<byte[]> message) {
        EventContents contents = reader.readAll(message);
        List<String> failed = new ArrayList<>(contents.unreadable());
        List<ScoreEngagementCommand> commands = new ArrayList<>();
        for (IntegrationEvent event : contents.events()) {
            if (event instanceof EngagementRecordedEvent engagement) {
                try {
                    if (engagement.consent() != null) {
                        consent.recordConsent(engagement.consent());
                    }
                    commands.add(command(engagement));
                } catch (RuntimeException e) {
                    failed.add(event.eventId() + ": " + e.getMessage());
                }
            }
        }
        if (commands.size() == 1 && failed.isEmpty()) {
            one.scoreEngagement(commands.getFirst());
        } else if (!commands.isEmpty()) {
            scoreTogether(commands, failed);
        }
        if (!failed.isEmpty()) {
            throw new UnscoredEngagementsException(failed, contents.carried());
        }
    }

    private void scoreTogether(List<ScoreEngagementCommand> commands, List<String> failed) {
        try {
            many.scoreEngagements(new ScoreEngagementsCommand(commands));
        } catch (RuntimeException together) {
            LOG.warn(
                    "{} engagements of one message failed together ({}); scoring them one by one",
                    commands.size(),
                    together.toString());
            for (ScoreEngagementCommand command : commands) {
                try {
                    one.scoreEngagement(command);
                } catch (RuntimeException e) {
                    failed.add(command.eventId() + ": " + e);
                }
            }
        }
    }

    private static ScoreEngagementCommand command(EngagementRecordedEvent engagement) {
        EventMetadata meta = engagement.metadata();
        return new ScoreEngagementCommand(
                meta.eventId(),
                meta.lead(),
                engagement.engagementType(),
                engagement.customType(),
                engagement.channel(),
                engagement.source(),
                engagement.campaign(),
                engagement.properties(),
                meta.occurredAt(),
                meta.correlationId());
    }
}
