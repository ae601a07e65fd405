package io.leadflow.nurturing.adapter.out.metrics;

import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Nurturing's counters in Micrometer (exposed at /actuator/prometheus). */
@Component
class MicrometerNurtureMetrics implements NurtureMetrics {

    private final MeterRegistry meters;
    private final Counter stepsSent;
    private final Counter recycled;
    private final Counter delivered;
    private final Counter failed;

    MicrometerNurtureMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.stepsSent = Counter.builder("leadflow.nurture.steps.sent")
                .description("nurture steps sent")
                .register(meters);
        this.recycled = Counter.builder("leadflow.nurture.recycled")
                .description("nurtured leads recycled to sales")
                .register(meters);
        this.delivered = Counter.builder("leadflow.notifications.delivered")
                .tag("channel", "webhook")
                .description("notifications the receiver accepted")
                .register(meters);
        this.failed = Counter.builder("leadflow.notifications.failed")
                .tag("channel", "webhook")
                .description("notification attempts that failed")
                .register(meters);
    }

    @Override
    public void enrolled(String reason) {
        meters.counter("leadflow.nurture.enrolled", "reason", reason).increment();
    }

    @Override
    public void stepSent() {
        stepsSent.increment();
    }

    @Override
    public void recycled() {
        recycled.increment();
    }

    @Override
    public void webhookDelivered() {
        delivered.increment();
    }

    @Override
    public void webhookFailed() {
        failed.increment();
    }
}
