/**
 * Trace context that has to outlive the thread it was made in: the W3C traceparent of the current span, kept with an
 * outbox row so that the message sent later continues the trace. Reads Micrometer Tracing only; no business types.
 */
package io.leadflow.support.trace;
