package io.leadflow.scoring;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.testing.LocalDatabases;
import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One application context for every scoring IT (so that it starts once and only one set of consumers reads the shared
 * queues): the real PostgreSQL (a fresh database) and RabbitMQ on localhost, and the helpers the ITs share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ScoringItSupport {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = LocalDatabases.recreate("leadflow_test_scoring");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "12");
        registry.add("leadflow.rescoring.poll-interval", () -> "200ms");
    }

    static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    long count(String sql, LeadId lead) {
        return jdbc.sql(sql).param("lead", lead.value()).query(Long.class).single();
    }

    /** Publishes one event the way the services' outbox relays do. */
    void send(String stream, IntegrationEvent event) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(MessageHeaders.EVENT_ID, event.eventId().toString());
        properties.setHeader(MessageHeaders.EVENT_TYPE, event.metadata().eventType());
        properties.setHeader(MessageHeaders.LEAD_ID, event.metadata().leadId().toString());
        properties.setHeader(MessageHeaders.CORRELATION_ID, event.metadata().correlationId());
        rabbit.send(stream, stream, new Message(json.writeValueAsBytes(event), properties));
    }

    JsonNode leadView(LeadId lead) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/leads/" + lead))
                        .header(GatewayTokens.HEADER, GatewayTokens.anyone())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }
}
