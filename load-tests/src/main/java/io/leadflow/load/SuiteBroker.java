package io.leadflow.load;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.ShutdownSignalException;
import io.leadflow.kernel.event.MessageHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * The harness's own AMQP connection to the suite's broker (RabbitMQ or the embedded one): queue depths for draining,
 * the contents of every dead-letter queue (read, then handed back: nothing is removed), and poison messages.
 */
public final class SuiteBroker {

    /** The consumers' queues, {@code <destination>.<group>}, as the services declare them. */
    public static final List<String> QUEUES = List.of(
            "lead.engagements.scoring-service",
            "lead.engagements.nurturing-service",
            "lead.profiles.scoring-service",
            "lead.profiles.handoff-service",
            "lead.lifecycle.scoring-service",
            "lead.lifecycle.handoff-service",
            "lead.lifecycle.nurturing-service",
            "lead.scores.nurturing-service",
            "lead.consent.scoring-service",
            "lead.consent.handoff-service",
            "lead.consent.nurturing-service");

    private final ConnectionFactory factory = new ConnectionFactory();
    private SuiteDatabases deadLetterTables;

    /**
     * Dead letters are also read from the services' {@code dead_letter} tables, where each service moves its
     * dead-letter queues' messages within seconds (docs/messages.md, "Dead letters").
     */
    public SuiteBroker withDeadLetterTables(SuiteDatabases databases) {
        this.deadLetterTables = databases;
        return this;
    }

    public SuiteBroker(String host, int port, String user, String password, String vhost) {
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(user);
        factory.setPassword(password);
        factory.setVirtualHost(vhost);
        factory.setConnectionTimeout(5_000);
        factory.setAutomaticRecoveryEnabled(false);
    }

    /**
     * Messages ready in the queues that have a consumer, over all of them; -1 when the broker cannot be asked. A
     * queue nobody consumes (a required group declared ahead of its consumer) fills up and is reported by
     * {@link #unconsumed()} instead.
     */
    public long readyMessages() {
        long ready = 0;
        for (String queue : QUEUES) {
            long depth = depth(queue, true);
            if (depth < 0) {
                return -1;
            }
            ready += depth;
        }
        return ready;
    }

    /**
     * Every message in every {@code *.dlq}, read without removing it (unacknowledged, then requeued), and those the
     * services already moved into their {@code dead_letter} tables when {@link #withDeadLetterTables} named them.
     */
    public List<DeadLetter> deadLetters() {
        return deadLetters(List.of());
    }

    /** {@link #deadLetters()}, reading these dead-letter queues as well (a vhost may hold more than the known ones). */
    public List<DeadLetter> deadLetters(java.util.Collection<String> moreQueues) {
        java.util.Set<String> dlqs = new java.util.LinkedHashSet<>();
        QUEUES.forEach(queue -> dlqs.add(queue + ".dlq"));
        dlqs.addAll(moreQueues);
        List<DeadLetter> letters = new ArrayList<>();
        // a message is briefly in both between the table's commit and the queue's acknowledgement: counted once
        java.util.Set<String> moved = new java.util.HashSet<>();
        if (deadLetterTables != null) {
            deadLetterTables.deadLetters().forEach(letter -> {
                letters.add(letter);
                moved.add(letter.queue() + "/" + letter.eventId());
            });
        }
        for (String dlq : dlqs) {
            if (depth(dlq, false) <= 0) {
                continue;
            }
            try (Connection connection = factory.newConnection("leadflow-load-dlq")) {
                long depth = depth(connection, dlq, false);
                Channel channel = connection.createChannel();
                try {
                    for (long i = 0; i < depth; i++) {
                        GetResponse message = channel.basicGet(dlq, false);
                        if (message == null) {
                            break;
                        }
                        Map<String, Object> headers = message.getProps().getHeaders();
                        DeadLetter letter = new DeadLetter(
                                dlq,
                                header(headers, MessageHeaders.EVENT_ID),
                                header(headers, MessageHeaders.EVENT_TYPE),
                                header(headers, "x-exception-message"));
                        if (!moved.contains(letter.queue() + "/" + letter.eventId())) {
                            letters.add(letter);
                        }
                    }
                } finally {
                    // closing the channel hands every unacknowledged message back to the queue
                    channel.close();
                }
            } catch (IOException | TimeoutException e) {
                throw new IllegalStateException("cannot read " + dlq + ": " + e.getMessage(), e);
            }
        }
        return letters;
    }

    /**
     * Every queue's depth, ready plus unacknowledged, by name: on the machine's RabbitMQ ({@code rabbitmqctl} true)
     * as {@code rabbitmqctl list_queues} counts them in the virtual host (every queue there, dead-letter queues
     * included); on the embedded broker, or where that tool cannot answer, the ready messages of the consumers' queues and their dead-letter queues, which a passive
     * declare reports (unacknowledged ones not counted).
     */
    public Map<String, Long> depths(boolean rabbitmqctl) {
        Map<String, Long> depths = rabbitmqctl ? listQueues() : null;
        if (depths != null) {
            return depths;
        }
        depths = new TreeMap<>();
        for (String queue : QUEUES) {
            depths.put(queue, Math.max(0, depth(queue, false)));
            depths.put(queue + ".dlq", Math.max(0, depth(queue + ".dlq", false)));
        }
        return depths;
    }

    /** Ready + unacknowledged per queue of the virtual host as {@code rabbitmqctl} lists them; null when it cannot. */
    private Map<String, Long> listQueues() {
        try {
            Process list = new ProcessBuilder(
                            "rabbitmqctl",
                            "-q",
                            "list_queues",
                            "-p",
                            factory.getVirtualHost(),
                            "--no-table-headers",
                            "name",
                            "messages_ready",
                            "messages_unacknowledged")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (list.waitFor() != 0) {
                return null;
            }
            Map<String, Long> depths = new TreeMap<>();
            for (String line : out.split("\n")) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 3 && fields[1].matches("\\d+") && fields[2].matches("\\d+")) {
                    depths.put(fields[0], Long.parseLong(fields[1]) + Long.parseLong(fields[2]));
                }
            }
            return depths;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Ready messages in a queue on a connection of its own (a broker may close the whole connection when a passive
     * declare names a queue that does not exist); 0 when the queue does not exist, -1 when the broker is unreachable.
     */
    /** Queues holding messages with no consumer attached, with their depth. */
    public Map<String, Long> unconsumed() {
        Map<String, Long> idle = new TreeMap<>();
        for (String queue : QUEUES) {
            long all = depth(queue, false);
            if (all > 0 && depth(queue, true) == 0) {
                idle.put(queue, all);
            }
        }
        return idle;
    }

    private long depth(String queue, boolean consumedOnly) {
        Connection connection;
        try {
            connection = factory.newConnection("leadflow-load-depth");
        } catch (IOException | TimeoutException e) {
            return -1;
        }
        try {
            return depth(connection, queue, consumedOnly);
        } catch (IOException | ShutdownSignalException e) {
            return 0;
        } finally {
            try {
                if (connection.isOpen()) {
                    connection.close();
                }
            } catch (IOException | RuntimeException ignored) {
                // closed by the broker already
            }
        }
    }

    /**
     * Publishes a message scoring's engagement consumer always fails on: a known event type header with a payload
     * that is not JSON. Persistent, confirmed. Returns its event id.
     */
    public String publishPoison() {
        String eventId = UUID.randomUUID().toString();
        try (Connection connection = factory.newConnection("leadflow-load-poison");
                Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                    .deliveryMode(2)
                    .contentType("application/json")
                    .headers(Map.of(
                            MessageHeaders.EVENT_ID,
                            eventId,
                            MessageHeaders.EVENT_TYPE,
                            "EngagementRecorded",
                            MessageHeaders.LEAD_ID,
                            UUID.randomUUID().toString(),
                            MessageHeaders.CORRELATION_ID,
                            "poison-" + eventId,
                            "contentType",
                            "application/json"))
                    .build();
            channel.basicPublish(
                    "lead.engagements",
                    "lead.engagements",
                    true,
                    properties,
                    ("{this is not an engagement " + eventId).getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(10_000);
            return eventId;
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot publish a poison message: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a poison message", e);
        }
    }

    /** Ready messages in a queue (passive declare); 0 when it does not exist. */
    private static long depth(Connection connection, String queue, boolean consumedOnly) throws IOException {
        Channel channel = connection.createChannel();
        try {
            AMQP.Queue.DeclareOk declared = channel.queueDeclarePassive(queue);
            return consumedOnly && declared.getConsumerCount() == 0 ? 0 : declared.getMessageCount();
        } catch (IOException | ShutdownSignalException missing) {
            return 0;
        } finally {
            if (channel.isOpen()) {
                try {
                    channel.close();
                } catch (TimeoutException | IOException ignored) {
                    // already closed by the broker
                }
            }
        }
    }

    private static String header(Map<String, Object> headers, String name) {
        if (headers == null || headers.get(name) == null) {
            return null;
        }
        String value = headers.get(name).toString();
        return value.length() > 160 ? value.substring(0, 160) + "..." : value;
    }
}
