package io.leadflow.load;

/**
 * One message in a dead-letter queue: where, which event, and why the consumer gave up on it (the binder's
 * {@code x-exception-message} header when it republished it there).
 */
public record DeadLetter(String queue, String eventId, String eventType, String reason) {}
