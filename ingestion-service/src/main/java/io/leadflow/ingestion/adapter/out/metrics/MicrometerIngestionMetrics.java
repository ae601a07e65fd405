package io.leadflow.ingestion.adapter.out.metrics;

import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts accepted events by source API and refusals by rule; tags are low-cardinality names, never personal data. */
@Component
class MicrometerIngestionMetrics implements IngestionMetrics {

    private final MeterRegistry registry;

    MicrometerIngestionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accepted(String sourceApi, int count) {
        Counter.builder("leadflow.events.accepted")
                .description("events durably stored, by source API")
                .tag("source_api", sourceApi)
                .register(registry)
                .increment(count);
    }

    @Override
    public void rejected(String rule) {
        Counter.builder("leadflow.events.rejected")
                .description("events and requests refused, by broken rule")
                .tag("rule", rule)
                .register(registry)
                .increment();
    }
}
