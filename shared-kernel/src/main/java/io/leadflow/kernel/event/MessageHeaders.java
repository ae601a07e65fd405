package io.leadflow.kernel.event;

/**
 * The names of the headers every message between services carries beside its JSON body; producers and consumers
 * must agree on them as on the streams. The body holds the full metadata too: the headers let a consumer route, log
 * and skip a message without reading it.
 */
public final class MessageHeaders {

    /** The id of the (first) event: the consumer's idempotency key for a one-event message. */
    public static final String EVENT_ID = "leadflow-event-id";

    /** The kernel's event type (e.g. {@code EngagementRecorded}); names the record the body is read as. */
    public static final String EVENT_TYPE = "leadflow-event-type";

    /** The lead a one-event message is about; a message of many events has none. */
    public static final String LEAD_ID = "leadflow-lead-id";

    /** The correlation id of the (first) event, carried into the consumer's logs. */
    public static final String CORRELATION_ID = "leadflow-correlation-id";

    /** How many events a packed message carries (a JSON array of them); absent on a one-event message. */
    public static final String EVENT_COUNT = "leadflow-event-count";

    /** The W3C trace context of the work that caused the event; absent when that work ran outside any trace. */
    public static final String TRACEPARENT = "traceparent";

    private MessageHeaders() {}
}
