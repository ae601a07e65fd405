package io.leadflow.scoring.adapter.out.metrics;

import io.leadflow.scoring.application.port.out.ScoringMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code leadflow.leads.scored} and {@code leadflow.leads.qualified} (tag {@code fast_track}) for Prometheus. */
@Component
class MicrometerScoringMetrics implements ScoringMetrics {

    private final Counter scored;
    private final Counter qualifiedFastTrack;
    private final Counter qualifiedByScore;

    MicrometerScoringMetrics(MeterRegistry registry) {
        this.scored = Counter.builder("leadflow.leads.scored")
                .description("lead score changes announced")
                .register(registry);
        this.qualifiedFastTrack = Counter.builder("leadflow.leads.qualified")
                .tag("fast_track", "true")
                .description("leads that became MQL")
                .register(registry);
        this.qualifiedByScore = Counter.builder("leadflow.leads.qualified")
                .tag("fast_track", "false")
                .description("leads that became MQL")
                .register(registry);
    }

    @Override
    public void scored() {
        scored.increment();
    }

    @Override
    public void qualified(boolean fastTrack) {
        (fastTrack ? qualifiedFastTrack : qualifiedByScore).increment();
    }
}
