package io.leadflow.support.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Sends dead letters back to the queue they failed in, after a fix: each unchanged (body and own headers), to that
 * queue alone, and deletes its row only after the broker confirmed it. It publishes through the service's own direct
 * exchange {@code leadflow.redrive.<application>}, bound to the failed queue by the queue's name, so that no other
 * consumer group sees the event again and the service needs no right to publish into queues that are not its own
 * (as the default exchange would give). A message the broker did not confirm stays listed. A consumer that already applied the
 * event recognises its id and skips it, so a re-drive takes effect at most once.
 */
public class DeadLetterRedrive {

    /** What became of each dead letter asked for. */
    public record Outcome(List<Long> redriven, List<Long> notFound, Map<Long, String> failed) {}

    private final RabbitTemplate rabbit;
    private final JdbcDeadLetters table;
    private final Duration confirmTimeout;
    private final String exchange;

    public DeadLetterRedrive(RabbitTemplate rabbit, JdbcDeadLetters table, Duration confirmTimeout, String exchange) {
        this.rabbit = rabbit;
        this.exchange = exchange;
        this.table = table;
        this.confirmTimeout = confirmTimeout;
    }

    /** Re-drives every dead letter there is now. */
    public Outcome redriveAll() {
        return redrive(table.allIds());
    }

    public Outcome redrive(List<Long> ids) {
        List<Long> redriven = new ArrayList<>();
        List<Long> notFound = new ArrayList<>();
        Map<Long, String> failed = new LinkedHashMap<>();
        for (Long id : ids) {
            Optional<DeadLetter> letter = table.find(id);
            if (letter.isEmpty()) {
                notFound.add(id);
                continue;
            }
            String failure = send(letter.get());
            if (failure == null) {
                table.remove(id);
                redriven.add(id);
            } else {
                failed.put(id, failure);
            }
        }
        return new Outcome(redriven, notFound, failed);
    }

    private String send(DeadLetter letter) {
        MessageProperties properties = new MessageProperties();
        letter.headers().forEach(properties::setHeader);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        CorrelationData confirm = new CorrelationData("dead-letter-" + letter.id());
        try {
            rabbit.execute(channel -> {
                channel.exchangeDeclare(exchange, "direct", true);
                channel.queueBind(letter.queue(), exchange, letter.queue());
                return null;
            });
            rabbit.send(exchange, letter.queue(), new Message(letter.body(), properties), confirm);
            var result = confirm.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!result.ack()) {
                return "nacked by the broker: " + result.reason();
            }
            if (confirm.getReturned() != null) {
                return "no queue " + letter.queue() + ": "
                        + confirm.getReturned().getReplyText();
            }
            return null;
        } catch (TimeoutException e) {
            return "no confirm within " + confirmTimeout;
        } catch (ExecutionException | RuntimeException e) {
            return "send failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
