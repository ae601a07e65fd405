package io.leadflow.support.trace;

import io.leadflow.kernel.event.MessageHeaders;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The W3C traceparent of the span this thread works in (an HTTP request, a consumed message), stored with each outbox
 * row so that the relay, which sends from a scheduler thread, can hand the trace on to the consumer. Without a tracer
 * (tracing switched off) there is never a current trace.
 */
public class CurrentTrace {

    private final Tracer tracer;
    private final Propagator propagator;

    public CurrentTrace(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    public CurrentTrace(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current traceparent, or null outside any trace. */
    public String traceparent() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(MessageHeaders.TRACEPARENT);
    }
}
