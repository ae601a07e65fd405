package io.leadflow.support.deadletter;

/** One of the service's consumer queues ({@code <destination>.<group>}) and its dead-letter queue. */
public record DeadLetterQueue(String queue) {

    /** The queue the binder dead-letters {@link #queue()}'s failures to. */
    public String deadLetterQueue() {
        return queue + ".dlq";
    }
}
