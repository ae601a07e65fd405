package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.testing.LocalDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crash test: events accepted while the relay is down, a relay that sent rows and died before the broker's
 * confirm was recorded, and a relay stopped in the middle of its work. After a restart against the same database every
 * accepted event arrives on the exchange, each at least once; the repeats carry the same event id, which is what
 * consumers de-duplicate by, so each arrives exactly once in effect. (The broker is shared with other builds, so the
 * test looks only at the events it accepted itself.)
 */
@Order(1)
class OutboxCrashIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PACKED = "messages carrying many events";
    private static final String AT = Instant.now()
            .minus(1, ChronoUnit.HOURS)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString();

    @Test
    void every_accepted_event_arrives_downstream_after_relays_die_with_unconfirmed_rows() {
        String url = LocalDatabases.recreate("leadflow_test_ingestion");
        CachingConnectionFactory rabbitConnection = new CachingConnectionFactory("localhost");
        // the virtual host the service uses (application.yml), so that parallel builds keep their messages apart
        rabbitConnection.setVirtualHost(System.getenv().getOrDefault("LEADFLOW_RABBIT_VHOST", "/"));
        RabbitAdmin admin = new RabbitAdmin(rabbitConnection);
        RabbitTemplate rabbit = new RabbitTemplate(rabbitConnection);
        admin.declareExchange(new TopicExchange("lead.engagements", true, false));
        Queue downstream = new Queue("it.ingestion.crash." + UUID.randomUUID(), false, true, true);
        admin.declareQueue(downstream);
        admin.declareBinding(BindingBuilder.bind(downstream)
                .to(new TopicExchange("lead.engagements"))
                .with("#"));
        try {
            Set<String> accepted = new HashSet<>();
            ConfigurableApplicationContext down = start(url, false);
            try {
                accepted.addAll(acceptEvents(port(down)));
                resendAsADyingRelayWould(down.getBean(JdbcClient.class), rabbit, 40);
            } finally {
                down.close();
            }
            assertThat(accepted).hasSize(220);

            ConfigurableApplicationContext dying = start(url, true);
            Map<String, Integer> received = new HashMap<>();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    drain(rabbit, downstream, received);
                    return received.size() > 60;
                });
            } finally {
                dying.close();
            }

            ConfigurableApplicationContext restarted = start(url, true);
            try {
                JdbcClient jdbc = restarted.getBean(JdbcClient.class);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> jdbc.sql("select count(*) from outbox_event where published_at is null")
                                        .query(Long.class)
                                        .single()
                                == 0);
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    drain(rabbit, downstream, received);
                    return received.keySet().containsAll(accepted);
                });
            } finally {
                restarted.close();
            }

            assertThat(received.keySet()).as("every accepted event arrived").containsAll(accepted);
            assertThat(received).as("engagements travelled many to a message").containsKey(PACKED);
            assertThat(accepted.stream().mapToInt(received::get).sum())
                    .as("the rows sent before the crash arrived again, under the same event ids")
                    .isGreaterThanOrEqualTo(accepted.size() + 40);
        } finally {
            admin.deleteQueue(downstream.getName());
            rabbitConnection.destroy();
        }
    }

    private static List<String> acceptEvents(int port) {
        HttpCalls http = new HttpCalls(port);
        List<String> ids = new ArrayList<>();
        for (int batch = 0; batch < 2; batch++) {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < 100; i++) {
                body.append(i == 0 ? "" : ",").append(event("crash" + batch + "." + i + "@contoso-crash.com"));
            }
            HttpCalls.Answer answer =
                    http.post("/api/v1/events/batch", body.append(']').toString());
            assertThat(answer.status()).isEqualTo(202);
            answer.json().path("results").forEach(r -> ids.add(r.path("eventId").asString()));
        }
        for (int i = 0; i < 20; i++) {
            HttpCalls.Answer answer = http.post("/api/v1/events", event("single" + i + "@contoso-crash.com"));
            assertThat(answer.status()).isEqualTo(202);
            ids.add(answer.json().path("eventId").asString());
        }
        return ids;
    }

    /** What a relay does before it dies: sends the oldest rows, and never gets to mark them sent. */
    private static void resendAsADyingRelayWould(JdbcClient jdbc, RabbitTemplate rabbit, int rows) {
        jdbc.sql("select event_id::text, payload::text from outbox_event where stream = 'lead.engagements' "
                        + "and published_at is null order by id limit :n")
                .param("n", rows)
                .query((rs, n) -> {
                    MessageProperties properties = new MessageProperties();
                    properties.setHeader(MessageHeaders.EVENT_ID, rs.getString(1));
                    properties.setContentType("application/json");
                    rabbit.send(
                            "lead.engagements",
                            "lead.engagements",
                            new Message(rs.getString(2).getBytes(), properties));
                    return null;
                })
                .list();
    }

    /** Counts every event that arrived by its id; a message of many events (docs/messages.md) counts each. */
    private static void drain(RabbitTemplate rabbit, Queue queue, Map<String, Integer> received) {
        Message message;
        while ((message = rabbit.receive(queue.getName())) != null) {
            if (message.getMessageProperties().getHeaders().get(MessageHeaders.EVENT_COUNT) != null) {
                JSON.readTree(message.getBody())
                        .values()
                        .forEach(event -> received.merge(
                                event.path("metadata").path("eventId").asString(), 1, Integer::sum));
                received.merge(PACKED, 1, Integer::sum);
            } else {
                Object eventId = message.getMessageProperties().getHeaders().get(MessageHeaders.EVENT_ID);
                received.merge(String.valueOf(eventId), 1, Integer::sum);
            }
        }
    }

    private static ConfigurableApplicationContext start(String url, boolean relay) {
        return Instances.start(
                url,
                "--leadflow.outbox.enabled=" + relay,
                "--leadflow.outbox.batch-size=20",
                "--leadflow.outbox.poll-interval=50ms");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Instances.port(context);
    }

    private static String event(String email) {
        return """
                {"type":"website_visited","occurredAt":"%s","email":"%s","channel":"website"}""".formatted(AT, email);
    }
}
