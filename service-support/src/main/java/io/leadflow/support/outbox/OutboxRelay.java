package io.leadflow.support.outbox;

import static org.springframework.messaging.MessageHeaders.CONTENT_TYPE;

import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.OutageBackoff;
import io.leadflow.support.resilience.ResilienceProperties;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamOperations;
import org.springframework.context.SmartLifecycle;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends committed outbox events to RabbitMQ and marks each one sent only after the broker confirmed its message and
 * routed it to at least one queue: a nack, a return (no queue took it), a send error or no confirm in time leaves the
 * row pending for a later round. A round sends all its messages first and then waits for their confirms. A commit
 * that wrote events wakes the relay ({@link #wake()}): after a short linger, one round takes what the commits of that
 * moment wrote, so an event leaves within milliseconds and a busy service's events share rounds; the scheduled poll
 * (every second by default) picks up whatever no wake covered. Rows of a
 * packed stream travel many to a message ({@link OutboxPacking}); other streams one event per message. A crash
 * between the send and the mark sends an event again, which consumers absorb through its id.
 *
 * <p>A round that fails because the database or the broker is unavailable waits before the next one, doubling the
 * wait from {@code leadflow.resilience.outage-initial-backoff} up to {@code outage-max-backoff}, and reports the relay
 * stalled ({@link DependencyOutages}: readiness down, the {@code leadflow.worker.stalled} gauge) until a round works
 * ({@link OutageBackoff}, as the services' webhook and notification senders do).
 *
 * <p>On shutdown the relay takes no new round and waits for the one in flight; what is not confirmed by then stays
 * pending for the next start. {@code leadflow.outbox.enabled=false} switches it off.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    /** The relay's name among the service's workers ({@link DependencyOutages}). */
    public static final String WORKER = "outbox-relay";

    private record Sent(OutboxPacking.Packet packet, CorrelationData confirm) {}

    private final OutboxTable table;
    private final StreamOperations bridge;
    private final TransactionOperations transactions;
    private final OutboxProperties properties;

    private final AtomicLong backlog = new AtomicLong();
    private final ReentrantLock round = new ReentrantLock();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService waker;
    private volatile boolean running;
    private final OutageBackoff backoff;

    OutboxRelay(
            OutboxTable table,
            StreamOperations bridge,
            TransactionOperations transactions,
            OutboxProperties properties,
            DependencyOutages outages,
            ResilienceProperties resilience) {
        this.table = table;
        this.bridge = bridge;
        this.transactions = transactions;
        this.properties = properties;
        this.backoff = new OutageBackoff(WORKER, outages, resilience);
    }

    @Override
    public void start() {
        waker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("outbox-relay-wake").factory());
        running = true;
    }

    /** Takes no new round, and returns once the round in flight (if any) has marked what the broker confirmed. */
    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService stopping = waker;
        if (stopping != null) {
            // a round already woken runs to its end (its confirms marked), one still lingering finds the relay stopped
            stopping.shutdown();
        }
        round.lock();
        round.unlock();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Outbox rows not yet confirmed by the broker, as last counted. */
    public long backlog() {
        return backlog.get();
    }

    /** Counts pending rows for the backlog gauge, in its own slower round so that counting never slows relaying. */
    @Scheduled(fixedDelayString = "${leadflow.outbox.backlog-interval:5s}")
    public void measureBacklog() {
        if (running) {
            backlog.set(table.countPending());
        }
    }

    /**
     * Events were committed: a round starts after the linger, unless one is already due (wakes in the meantime share
     * it; a wake during a round queues the next one).
     */
    public void wake() {
        ScheduledExecutorService scheduler = waker;
        if (scheduler == null || !running || !properties.enabled() || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.schedule(this::wokenRound, properties.linger().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            wakeQueued.set(false);
        }
    }

    private void wokenRound() {
        wakeQueued.set(false);
        try {
            relayPending();
        } catch (RuntimeException e) {
            // the rows stay pending: the next poll takes them
            LOG.warn("outbox round after a commit failed: {}", e.toString());
        }
    }

    /** Relays rounds of pending rows until a round finds fewer than a full batch or a message failed. */
    @Scheduled(fixedDelayString = "${leadflow.outbox.poll-interval:1s}")
    public void relayPending() {
        if (!properties.enabled() || !running) {
            return;
        }
        round.lock();
        try {
            backoff.run(() -> {
                Integer relayed;
                do {
                    relayed = transactions.execute(status -> relayBatch());
                } while (relayed != null && relayed == properties.batchSize() && running);
            });
        } finally {
            round.unlock();
        }
    }

    private int relayBatch() {
        List<OutboxRow> rows = table.lockPending(properties.batchSize());
        List<Sent> sent = new ArrayList<>();
        for (OutboxPacking.Packet packet :
                OutboxPacking.pack(rows, properties.packedStreams(), properties.eventsPerMessage())) {
            CorrelationData confirm =
                    new CorrelationData(packet.first().eventId().toString());
            bridge.send(packet.stream(), message(packet, confirm));
            sent.add(new Sent(packet, confirm));
        }
        List<Long> confirmed = new ArrayList<>(rows.size());
        for (Sent s : sent) {
            String failure = awaitConfirm(s.confirm());
            if (failure == null) {
                confirmed.addAll(s.packet().ids());
            } else {
                LOG.warn(
                        "message of {} {} event(s) from {} not confirmed by the broker: {}",
                        s.packet().rows().size(),
                        s.packet().type(),
                        s.packet().first().eventId(),
                        failure);
                table.recordFailure(s.packet().ids(), failure);
            }
        }
        if (!confirmed.isEmpty()) {
            table.markSent(confirmed);
        }
        return confirmed.size() == rows.size() ? rows.size() : 0;
    }

    /**
     * One event: its JSON and its metadata as headers. Several: a JSON array of the events (each with its full
     * metadata), the shared type, how many, and the first event's id and correlation id (docs/messages.md).
     */
    private static Message<byte[]> message(OutboxPacking.Packet packet, CorrelationData confirm) {
        OutboxRow first = packet.first();
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(
                        packet.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.EVENT_ID, first.eventId().toString())
                .setHeader(MessageHeaders.EVENT_TYPE, packet.type())
                .setHeader(MessageHeaders.CORRELATION_ID, first.correlationId())
                // the trace of the work that wrote the (first) row (none: the consumer starts a trace of its own)
                .setHeader(MessageHeaders.TRACEPARENT, first.traceparent())
                .setHeader(CONTENT_TYPE, "application/json")
                .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, confirm);
        if (packet.packed()) {
            message.setHeader(MessageHeaders.EVENT_COUNT, packet.rows().size());
        } else {
            message.setHeader(MessageHeaders.LEAD_ID, first.leadId().toString());
        }
        return message.build();
    }

    private String awaitConfirm(CorrelationData confirm) {
        try {
            var result = confirm.getFuture().get(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!result.ack()) {
                return "nacked: " + result.reason();
            }
            if (confirm.getReturned() != null) {
                return "returned unroutable: " + confirm.getReturned().getReplyText();
            }
            return null;
        } catch (TimeoutException e) {
            return "no confirm within " + properties.confirmTimeout();
        } catch (ExecutionException e) {
            return "send failed: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
