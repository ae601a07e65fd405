package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadScoredEvent;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.testing.LocalDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scores of one relay round leave as one message on {@code lead.scores} (docs/messages.md): a packed message of
 * engagements for three leads is scored in one transaction, and its three {@code LeadScored} events reach the
 * broker together, each with its own id and lead. The consumer bindings use a group of this run only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PackedScoresIT {

    private static final String GROUP =
            "scoring-packed-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void ownDatabaseAndGroup(DynamicPropertyRegistry registry) {
        String url = LocalDatabases.recreate("leadflow_test_scoring_packed");
        registry.add("spring.datasource.url", () -> url);
        for (String binding :
                List.of("onEngagementRecorded-in-0", "onProfileChanged-in-0", "onLifecycleChanged-in-0")) {
            registry.add("spring.cloud.stream.bindings." + binding + ".group", () -> GROUP);
            registry.add("spring.cloud.stream.rabbit.bindings." + binding + ".consumer.expires", () -> 600_000);
            registry.add("spring.cloud.stream.rabbit.bindings." + binding + ".consumer.dlq-expires", () -> 600_000);
        }
    }

    @Autowired
    private RabbitTemplate rabbit;

    @Autowired
    private AmqpAdmin admin;

    @Autowired
    private JsonMapper json;

    private String scoresObserver;

    @BeforeEach
    void observeScores() {
        scoresObserver = admin.declareQueue(
                QueueBuilder.nonDurable(GROUP + ".scores").expires(600_000).build());
        admin.declareBinding(
                new Binding(scoresObserver, Binding.DestinationType.QUEUE, EventStreams.SCORES, "#", null));
    }

    @AfterEach
    void stopObserving() {
        admin.deleteQueue(scoresObserver);
    }

    @Test
    void the_scores_of_one_transaction_reach_the_broker_in_one_message_each_with_its_own_id_and_lead() {
        List<LeadId> leads = List.of(LeadId.newId(), LeadId.newId(), LeadId.newId());
        List<EngagementRecordedEvent> engagements =
                leads.stream().map(PackedScoresIT::visit).toList();
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(
                MessageHeaders.EVENT_ID, engagements.getFirst().eventId().toString());
        properties.setHeader(MessageHeaders.EVENT_TYPE, EngagementRecordedEvent.TYPE);
        properties.setHeader(MessageHeaders.EVENT_COUNT, engagements.size());
        properties.setHeader(MessageHeaders.CORRELATION_ID, "packed-it");
        rabbit.send(
                EventStreams.ENGAGEMENTS,
                EventStreams.ENGAGEMENTS,
                new Message(json.writeValueAsBytes(engagements), properties));

        Message scores = await().atMost(PATIENCE).until(() -> rabbit.receive(scoresObserver, 500), m -> m != null);

        assertThat(scores.getMessageProperties().getHeaders())
                .containsEntry(MessageHeaders.EVENT_COUNT, 3)
                .containsEntry(MessageHeaders.EVENT_TYPE, LeadScoredEvent.TYPE)
                .doesNotContainKey(MessageHeaders.LEAD_ID);
        List<LeadScoredEvent> carried = List.of(json.readValue(scores.getBody(), LeadScoredEvent[].class));
        assertThat(carried).extracting(e -> e.metadata().lead()).containsExactlyInAnyOrderElementsOf(leads);
        assertThat(carried).extracting(LeadScoredEvent::eventId).doesNotHaveDuplicates();
        assertThat(rabbit.receive(scoresObserver, 1_000))
                .as("no second message")
                .isNull();
    }

    private static EngagementRecordedEvent visit(LeadId lead) {
        return new EngagementRecordedEvent(
                EventMetadata.create(
                        EngagementRecordedEvent.TYPE,
                        EngagementRecordedEvent.VERSION,
                        lead,
                        Instant.now().minusSeconds(5),
                        "packed-it"),
                EngagementType.WEBSITE_VISITED,
                null,
                Channel.WEBSITE,
                "website",
                null,
                Map.of());
    }
}
