package io.leadflow.handoff.adapter.out.metrics;

import io.leadflow.handoff.application.port.out.HandoffMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The hand-off figures as Micrometer counters (Prometheus at /actuator/prometheus), with low-cardinality tags. */
@Component
class MicrometerHandoffMetrics implements HandoffMetrics {

    private final MeterRegistry registry;
    private final Counter assigned;
    private final Counter reminders;
    private final Counter breaches;

    MicrometerHandoffMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.assigned = registry.counter("leadflow.handoffs.assigned");
        this.reminders = registry.counter("leadflow.sla.reminders");
        this.breaches = registry.counter("leadflow.sla.breaches");
    }

    @Override
    public void assigned() {
        assigned.increment();
    }

    @Override
    public void decided(String outcome) {
        registry.counter("leadflow.handoffs.decided", "outcome", outcome).increment();
    }

    @Override
    public void reminded() {
        reminders.increment();
    }

    @Override
    public void breached() {
        breaches.increment();
    }

    @Override
    public void delivered(String channel) {
        registry.counter("leadflow.notifications.delivered", "channel", channel).increment();
    }

    @Override
    public void failed(String channel) {
        registry.counter("leadflow.notifications.failed", "channel", channel).increment();
    }
}
