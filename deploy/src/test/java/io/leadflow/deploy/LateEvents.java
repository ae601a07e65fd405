package io.leadflow.deploy;

import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Messages about a lead sent straight to the stack's broker, as a producer's outbox would send them late (the JSON
 * written out by hand, as any tool on the wire would), and whether a service's database recorded an event id as
 * consumed.
 */
final class LateEvents {

    private final StackConfig config;
    private final String vhost;

    LateEvents(StackConfig config, String vhost) {
        this.config = config;
        this.vhost = vhost;
    }

    /**
     * Sends a profile (with the person's e-mail and last name), an engagement (the name in its properties) and a score
     * about the lead, and waits until every service that takes them has recorded them as consumed.
     */
    void sendAbout(String leadId, String email, String lastName, Duration patience) {
        UUID profile = publish(
                "lead.profiles",
                "ProfileChanged",
                leadId,
                "\"email\":\"" + email + "\",\"attributes\":{\"firstName\":\"Wren\",\"lastName\":\"" + lastName
                        + "\"}");
        UUID engagement = publish(
                "lead.engagements",
                "EngagementRecorded",
                leadId,
                "\"engagementType\":\"DEMO_REQUESTED\",\"channel\":\"CONTACT_FORM\",\"source\":\"website\","
                        + "\"properties\":{\"note\":\"" + lastName + "\"}");
        UUID score = publish(
                "lead.scores",
                "LeadScored",
                leadId,
                "\"model\":\"default\",\"modelVersion\":1,\"score\":95,\"fitGrade\":\"A\",\"engagementGrade\":3");
        await().atMost(patience)
                .until(() -> consumed("scoring", profile)
                        && consumed("handoff", profile)
                        && consumed("scoring", engagement)
                        && consumed("nurturing", score));
    }

    /** Publishes one event of {@code type} about {@code leadId} on {@code stream}; returns its event id. */
    UUID publish(String stream, String type, String leadId, String fields) {
        UUID eventId = UUID.randomUUID();
        String body = "{\"metadata\":{\"eventId\":\"" + eventId + "\",\"eventType\":\"" + type
                + "\",\"version\":1,\"leadId\":\"" + leadId + "\",\"occurredAt\":\"" + Instant.now()
                + "\",\"correlationId\":\"late-" + eventId + "\"}," + fields + "}";
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .headers(Map.of(
                        "leadflow-event-id",
                        eventId.toString(),
                        "leadflow-event-type",
                        type,
                        "leadflow-lead-id",
                        leadId,
                        "leadflow-correlation-id",
                        "late-" + eventId))
                .build();
        ConnectionFactory factory = new ConnectionFactory();
        StackConfig.Endpoint broker = config.broker();
        factory.setHost(broker.host());
        factory.setPort(broker.port());
        factory.setUsername(broker.user());
        factory.setPassword(broker.password());
        factory.setVirtualHost(vhost);
        try (Connection connection = factory.newConnection();
                Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            channel.basicPublish(stream, stream, properties, body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(30_000);
        } catch (IOException | TimeoutException | InterruptedException e) {
            throw new IllegalStateException("cannot publish to " + stream + ": " + e.getMessage(), e);
        }
        return eventId;
    }

    /** Whether {@code service} (its database name, e.g. {@code scoring}) recorded the event id as consumed. */
    boolean consumed(String service, UUID eventId) {
        StackConfig.Endpoint db = config.database();
        String url = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + config.databasePrefix() + service;
        try (java.sql.Connection c = DriverManager.getConnection(url, db.user(), db.password());
                PreparedStatement s = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + service + "'s processed events: " + e.getMessage(), e);
        }
    }
}
