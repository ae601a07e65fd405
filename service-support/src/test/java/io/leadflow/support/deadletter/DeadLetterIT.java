package io.leadflow.support.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.testing.LocalDatabases;
import io.leadflow.support.resilience.OutageItApplication;
import io.leadflow.support.testing.GatewayTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * (The problem bodies of refusals come from each service's problem handler, which this test application has not.)
 *
 * <p>Dead letters against the real RabbitMQ and PostgreSQL: a message the consumer refuses lands in the dead-letter queue,
 * the drain moves it into the {@code dead_letter} table with the reason, and once the cause is fixed a re-drive sends it
 * back to its queue, where it is processed; the same event re-driven twice takes effect once.
 */
@SpringBootTest(
        classes = OutageItApplication.class,
        properties = {
            "spring.cloud.function.definition=onTestEvent",
            "spring.cloud.stream.bindings.onTestEvent-in-0.destination=support-it.redrive",
            "spring.cloud.stream.bindings.onTestEvent-in-0.group=support-it",
            "spring.cloud.stream.bindings.onTestEvent-in-0.consumer.max-attempts=3",
            "spring.cloud.stream.rabbit.bindings.onTestEvent-in-0.consumer.auto-bind-dlq=true",
            "spring.cloud.stream.rabbit.bindings.onTestEvent-in-0.consumer.republish-to-dlq=true",
            "spring.cloud.stream.rabbit.bindings.onTestEvent-in-0.consumer.quorum.enabled=true",
            "spring.cloud.stream.rabbit.bindings.onTestEvent-in-0.consumer.dlq-quorum.enabled=true",
            "leadflow.outbox.enabled=false"
        })
@AutoConfigureMockMvc
class DeadLetterIT {

    private static final String EXCHANGE = "support-it.redrive";
    private static final String QUEUE = "support-it.redrive.support-it";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final String API = "/api/v1/admin/dead-letters/service-support-it";

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeadLetterDrain drain;

    @Autowired
    JdbcDeadLetters deadLetters;

    @Autowired
    DeadLetterRedrive redrive;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = LocalDatabases.recreate("leadflow_test_support_redrive");
        registry.add("spring.datasource.url", () -> url);
    }

    @Test
    void a_refused_message_is_listed_with_its_reason_and_after_the_fix_a_redrive_applies_it_once() {
        String eventId = UUID.randomUUID().toString();
        String leadId = UUID.randomUUID().toString();
        // the same event twice, as a redelivery would bring it: both fail and both are dead-lettered
        rabbit.send(EXCHANGE, "#", event(eventId, leadId));
        rabbit.send(EXCHANGE, "#", event(eventId, leadId));

        await().atMost(PATIENCE).untilAsserted(() -> {
            drain.drain();
            assertThat(deadLetters.list(Optional.of(QUEUE), 10)).hasSize(2);
        });
        List<DeadLetter> listed = deadLetters.list(Optional.of(QUEUE), 10);
        assertThat(listed).allSatisfy(letter -> {
            assertThat(letter.eventId()).isEqualTo(eventId);
            assertThat(letter.leadId()).isEqualTo(leadId);
            assertThat(letter.failure()).contains("unknown stage NEW_STAGE");
            assertThat(letter.stacktrace()).contains("IllegalArgumentException");
        });
        assertThat(drain.count(QUEUE)).isEqualTo(2);
        assertThat(rabbit.receive(QUEUE + ".dlq"))
                .as("moved out of the dead-letter queue")
                .isNull();

        jdbc.sql("insert into outage_it_known_stage (stage) values ('NEW_STAGE')")
                .update();
        DeadLetterRedrive.Outcome outcome =
                redrive.redrive(listed.stream().map(DeadLetter::id).toList());

        assertThat(outcome.redriven()).hasSize(2);
        assertThat(outcome.failed()).isEmpty();
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from outage_it_received where event_id = ?")
                                .param(eventId)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1L));
        assertThat(deadLetters.list(Optional.of(QUEUE), 10)).isEmpty();
        drain.drain();
        assertThat(deadLetters.list(Optional.of(QUEUE), 10))
                .as("nothing failed again")
                .isEmpty();
        assertThat(drain.count(QUEUE)).isZero();
    }

    @Test
    void admins_list_and_redrive_through_the_api_and_nobody_else_may() throws Exception {
        String eventId = UUID.randomUUID().toString();
        rabbit.send(EXCHANGE, "#", event(eventId, UUID.randomUUID().toString(), "{\"stage\":\"poison <script>\"}"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            drain.drain();
            assertThat(deadLetters.list(Optional.of(QUEUE), 100))
                    .extracting(DeadLetter::eventId)
                    .contains(eventId);
        });
        String admin = GatewayTokens.token()
                .user("admin@leadflow.test")
                .roles("admin")
                .audience("service-support-it")
                .sign();
        String marketer = GatewayTokens.token()
                .user("m@leadflow.test")
                .roles("marketing")
                .audience("service-support-it")
                .sign();

        mvc.perform(get(API).header(GatewayTokens.HEADER, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("service-support-it"))
                .andExpect(jsonPath("$.queues[0].queue").value(QUEUE))
                .andExpect(jsonPath("$.deadLetters[?(@.eventId == '" + eventId + "')].failure")
                        .value(org.hamcrest.Matchers.hasItem(
                                org.hamcrest.Matchers.containsString("the event's stage is not a stage"))));
        mvc.perform(get(API).header(GatewayTokens.HEADER, marketer)).andExpect(status().isForbidden());
        mvc.perform(post(API + "/redrive")
                        .header(GatewayTokens.HEADER, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\":[1],\"all\":true}"))
                .andExpect(status().isBadRequest());
        assertThat(deadLetters.list(Optional.of(QUEUE), 100))
                .as("a refused re-drive sends nothing")
                .extracting(DeadLetter::eventId)
                .contains(eventId);
        mvc.perform(get("/api/v1/admin/dead-letters/another-service").header(GatewayTokens.HEADER, admin))
                .andExpect(status().isNotFound());

        long id = deadLetters.list(Optional.of(QUEUE), 100).stream()
                .filter(letter -> letter.eventId().equals(eventId))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(delete(API + "/" + id).header(GatewayTokens.HEADER, admin)).andExpect(status().isNoContent());
        assertThat(deadLetters.find(id)).isEmpty();
    }

    @Test
    void a_redrive_of_an_id_that_is_not_there_says_so_and_sends_nothing() {
        DeadLetterRedrive.Outcome outcome = redrive.redrive(List.of(999_999L));

        assertThat(outcome.notFound()).containsExactly(999_999L);
        assertThat(outcome.redriven()).isEmpty();
    }

    private static Message event(String eventId, String leadId) {
        return event(eventId, leadId, "{\"stage\":\"NEW_STAGE\"}");
    }

    private static Message event(String eventId, String leadId, String body) {
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.EVENT_ID, eventId)
                .setHeader(MessageHeaders.LEAD_ID, leadId)
                .setContentType("application/json")
                .build();
    }
}
