package io.leadflow.support.deadletter;

import com.rabbitmq.client.GetResponse;
import io.leadflow.support.resilience.FailureKind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Moves the messages of the service's dead-letter queues into its {@code dead_letter} table, where they can be listed
 * and re-driven without touching the queue again. A message is taken unacknowledged, stored in a transaction of its
 * own and acknowledged only after the commit: a crash in between leaves it in the queue, never lost. Browsing a quorum
 * queue by taking and returning messages would raise their delivery counts; this takes each message once.
 *
 * <p>The number of dead letters per queue is counted after each round for the {@code leadflow.dead.letters} gauge.
 */
public class DeadLetterDrain {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDrain.class);

    private final List<DeadLetterQueue> queues;
    private final RabbitTemplate rabbit;
    private final JdbcDeadLetters table;
    private final TransactionOperations transactions;
    private final int batchSize;
    private final Map<String, Long> counts = new ConcurrentHashMap<>();

    public DeadLetterDrain(
            List<DeadLetterQueue> queues,
            RabbitTemplate rabbit,
            JdbcDeadLetters table,
            TransactionOperations transactions,
            int batchSize) {
        this.queues = List.copyOf(queues);
        this.rabbit = rabbit;
        this.table = table;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    public List<DeadLetterQueue> queues() {
        return queues;
    }

    /** Dead letters of {@code queue} in the table, as last counted. */
    public long count(String queue) {
        return counts.getOrDefault(queue, 0L);
    }

    /** One round over every dead-letter queue; a queue that fails is tried again next round. */
    @Scheduled(fixedDelayString = "${leadflow.dead-letters.drain-interval:5s}")
    public void drain() {
        if (queues.isEmpty()) {
            return;
        }
        for (DeadLetterQueue queue : queues) {
            try {
                drain(queue);
            } catch (RuntimeException e) {
                if (FailureKind.of(e) == FailureKind.TRANSIENT) {
                    LOG.warn(
                            "cannot move {} into the dead_letter table now: {}",
                            queue.deadLetterQueue(),
                            e.getMessage());
                } else {
                    LOG.error("cannot move {} into the dead_letter table", queue.deadLetterQueue(), e);
                }
            }
        }
        try {
            Map<String, Long> counted = table.countByQueue();
            queues.forEach(queue -> counts.put(queue.queue(), counted.getOrDefault(queue.queue(), 0L)));
        } catch (RuntimeException e) {
            LOG.warn("cannot count dead letters now: {}", e.getMessage());
        }
    }

    private void drain(DeadLetterQueue queue) {
        rabbit.execute(channel -> {
            for (int taken = 0; taken < batchSize; taken++) {
                GetResponse message = channel.basicGet(queue.deadLetterQueue(), false);
                if (message == null) {
                    return null;
                }
                long tag = message.getEnvelope().getDeliveryTag();
                Map<String, Object> headers = message.getProps().getHeaders() == null
                        ? Map.of()
                        : message.getProps().getHeaders();
                try {
                    transactions.executeWithoutResult(status -> table.add(
                            queue.queue(),
                            DeadLetterHeaders.failure(headers),
                            DeadLetterHeaders.stacktrace(headers),
                            DeadLetterHeaders.own(headers),
                            message.getBody()));
                } catch (RuntimeException e) {
                    channel.basicNack(tag, false, true);
                    throw e;
                }
                channel.basicAck(tag, false);
            }
            return null;
        });
    }
}
