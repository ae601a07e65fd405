package io.leadflow.nurturing;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.testing.LocalDatabases;
import io.leadflow.kernel.testing.MutableClock;
import io.leadflow.support.testing.GatewayTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One application context for every IT (so it starts once): real PostgreSQL (a fresh database) and RabbitMQ, a clock
 * the tests move, the below-threshold check slowed down so tests drive it, db-scheduler polling
 * often so that timers the tests bring forward fire soon, and the JDK's HttpServer as marketing's
 * automation tool receiving the signed webhooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(NurturingItSupport.MovableClockConfiguration.class)
abstract class NurturingItSupport {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String SECRET = "whsec_"
            + java.util.Base64.getEncoder()
                    .encodeToString("it-secret-for-nurture-webhooks".getBytes(StandardCharsets.UTF_8));
    static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    static final Receiver RECEIVER = Receiver.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        String url = LocalDatabases.recreate("leadflow_test_nurturing");
        purgeLeftoverMessages();
        registry.add("spring.datasource.url", () -> url);
        registry.add("leadflow.nurture.webhook.url", () -> "http://127.0.0.1:" + RECEIVER.port() + "/hook");
        registry.add("leadflow.nurture.webhook.allowed-hosts", () -> "127.0.0.1");
        registry.add("leadflow.nurture.webhook.secret", () -> SECRET);
        registry.add("leadflow.nurture.webhook.retry-delays", () -> "2s");
        registry.add("leadflow.nurture.webhook.poll-interval", () -> "200ms");
        registry.add("leadflow.nurture.below-threshold.check-interval", () -> "1h");
        registry.add("db-scheduler.polling-interval", () -> "200ms");
    }

    /**
     * The shared local broker keeps whatever other modules' tests published for the nurturing-service group (scoring's
     * tests publish tens of thousands of LeadScored events); they belong to no lead in this run's fresh database and
     * would only delay this run's messages, so they are dropped first, like the database is recreated.
     */
    private static void purgeLeftoverMessages() {
        CachingConnectionFactory factory =
                new CachingConnectionFactory(System.getenv().getOrDefault("LEADFLOW_RABBIT_HOST", "localhost"));
        // the same broker and virtual host as the service under test (application.yml reads the same variables)
        factory.setPort(Integer.parseInt(System.getenv().getOrDefault("LEADFLOW_RABBIT_PORT", "5672")));
        factory.setUsername(System.getenv().getOrDefault("LEADFLOW_RABBIT_USER", "guest"));
        factory.setPassword(System.getenv().getOrDefault("LEADFLOW_RABBIT_PASSWORD", "guest"));
        factory.setVirtualHost(System.getenv().getOrDefault("LEADFLOW_RABBIT_VHOST", "/"));
        try {
            RabbitAdmin purging = new RabbitAdmin(factory);
            for (String stream : List.of(EventStreams.SCORES, EventStreams.ENGAGEMENTS, EventStreams.LIFECYCLE)) {
                if (purging.getQueueInfo(stream + ".nurturing-service") != null) {
                    purging.purgeQueue(stream + ".nurturing-service", false);
                }
            }
        } finally {
            factory.destroy();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfiguration {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    RabbitAdmin admin;
    RabbitTemplate rabbit;
    Queue observer;
    RestTestClient http;
    final List<Message> seen = new ArrayList<>();

    @BeforeEach
    void observeTheLifecycleStream() {
        admin = new RabbitAdmin(connectionFactory);
        rabbit = new RabbitTemplate(connectionFactory);
        // exclusive, not auto-delete: receive() consumes and cancels, which would delete an auto-delete queue;
        // not AnonymousQueue either: its leader-locator argument is refused for classic queues by our RabbitMQ
        observer = new Queue("nurturing-it." + UUID.randomUUID(), false, true, false);
        admin.declareQueue(observer);
        admin.declareBinding(BindingBuilder.bind(observer)
                .to(new TopicExchange(EventStreams.LIFECYCLE))
                .with("#"));
        http = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(GatewayTokens.HEADER, GatewayTokens.anyone())
                .build();
    }

    @AfterEach
    void stopObserving() {
        admin.deleteQueue(observer.getName());
    }

    /** Publishes a kernel event the way the services' outbox relays do. */
    void publish(String stream, IntegrationEvent event) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(MessageHeaders.EVENT_ID, event.eventId().toString());
        properties.setHeader(MessageHeaders.EVENT_TYPE, event.metadata().eventType());
        properties.setHeader(MessageHeaders.LEAD_ID, event.metadata().leadId().toString());
        properties.setHeader(MessageHeaders.CORRELATION_ID, event.metadata().correlationId());
        rabbit.send(stream, stream, new Message(json.writeValueAsBytes(event), properties));
    }

    /** Publishes events of one type in one message, as ingestion's relay packs engagements (docs/messages.md). */
    void publishMany(String stream, List<? extends IntegrationEvent> events) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(
                MessageHeaders.EVENT_ID, events.getFirst().eventId().toString());
        properties.setHeader(
                MessageHeaders.EVENT_TYPE, events.getFirst().metadata().eventType());
        properties.setHeader(MessageHeaders.EVENT_COUNT, events.size());
        properties.setHeader(
                MessageHeaders.CORRELATION_ID, events.getFirst().metadata().correlationId());
        rabbit.send(stream, stream, new Message(json.writeValueAsBytes(events), properties));
    }

    /** The first message of this type for the lead on lead.lifecycle, waiting for it. */
    Message awaitLifecycle(String type, LeadId lead) {
        return await().atMost(PATIENCE)
                .until(
                        () -> {
                            Message message;
                            while ((message = rabbit.receive(observer.getName(), 100)) != null) {
                                seen.add(message);
                            }
                            return lifecycle(type, lead);
                        },
                        found -> !found.isEmpty())
                .getFirst();
    }

    List<Message> lifecycle(String type, LeadId lead) {
        return seen.stream()
                .filter(m -> type.equals(header(m, MessageHeaders.EVENT_TYPE)))
                .filter(m -> lead.toString().equals(header(m, MessageHeaders.LEAD_ID)))
                .toList();
    }

    private static String header(Message message, String name) {
        Object value = message.getMessageProperties().getHeaders().get(name);
        return value == null ? null : value.toString();
    }

    /** One webhook as the automation tool received it. */
    record Received(String id, String timestamp, String signature, String body, int answered) {}

    /** The JDK's HttpServer as marketing's automation tool; it refuses the ids it is told to refuse, once. */
    static final class Receiver {
        final List<Received> received = new CopyOnWriteArrayList<>();
        final Set<String> refuseOnce = ConcurrentHashMap.newKeySet();
        private HttpServer server;

        static Receiver start() {
            Receiver receiver = new Receiver();
            try {
                receiver.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            receiver.server.createContext("/hook", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                int status = receiver.refuseOnce.remove(id) ? 503 : 204;
                receiver.received.add(new Received(
                        id,
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        body,
                        status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            receiver.server.start();
            return receiver;
        }

        int port() {
            return server.getAddress().getPort();
        }

        List<Received> of(String id) {
            return received.stream().filter(r -> id.equals(r.id())).toList();
        }
    }
}
