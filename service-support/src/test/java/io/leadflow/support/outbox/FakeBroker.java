package io.leadflow.support.outbox;

import io.leadflow.kernel.event.MessageHeaders;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamOperations;
import org.springframework.messaging.Message;
import org.springframework.util.MimeType;

/**
 * Stands in for the binder: records every message the relay sends and answers its confirm as told per event id
 * (ack by default), or not at all.
 */
class FakeBroker implements StreamOperations {

    record Sent(String destination, Message<byte[]> message) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, Consumer<CorrelationData>> answers = new HashMap<>();
    private volatile Runnable hold = () -> {};

    void nack(String eventId) {
        answers.put(eventId, confirm -> confirm.getFuture().complete(new CorrelationData.Confirm(false, "disk full")));
    }

    void returnUnroutable(String eventId) {
        answers.put(eventId, confirm -> {
            confirm.setReturned(new ReturnedMessage(null, 312, "NO_ROUTE", "lead.lifecycle", "#"));
            confirm.getFuture().complete(new CorrelationData.Confirm(true, null));
        });
    }

    /** The next send signals {@code sending} and returns only once {@code release} opens. */
    void holdNextSend(CountDownLatch sending, CountDownLatch release) {
        hold = () -> {
            sending.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    void neverConfirm(String eventId) {
        answers.put(eventId, confirm -> {});
    }

    List<Sent> sent() {
        return sent;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean send(String destination, Object data) {
        Message<byte[]> message = (Message<byte[]>) data;
        Runnable holding = hold;
        hold = () -> {};
        holding.run();
        sent.add(new Sent(destination, message));
        CorrelationData confirm =
                message.getHeaders().get(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, CorrelationData.class);
        answers.getOrDefault(
                        message.getHeaders().get(MessageHeaders.EVENT_ID, String.class),
                        c -> c.getFuture().complete(new CorrelationData.Confirm(true, null)))
                .accept(confirm);
        return true;
    }

    @Override
    public boolean send(String destination, Object data, MimeType outputContentType) {
        return send(destination, data);
    }

    @Override
    public boolean send(String destination, String binderName, Object data) {
        return send(destination, data);
    }

    @Override
    public boolean send(String destination, String binderName, Object data, MimeType outputContentType) {
        return send(destination, data);
    }
}
