package io.leadflow.scoring.adapter.in.scheduling;

import io.leadflow.scoring.application.port.in.RescoreLeadsUseCase;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.OutageBackoff;
import io.leadflow.support.resilience.ResilienceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drives background re-scoring: while a run is open, batch after batch (each its own transaction, so real-time
 * scoring interleaves between them). Every replica polls; the open run is taken with SKIP LOCKED, one at a time.
 */
@Component
class RescoringScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(RescoringScheduler.class);

    private final RescoreLeadsUseCase rescoring;

    private final OutageBackoff backoff;

    RescoringScheduler(RescoreLeadsUseCase rescoring, DependencyOutages outages, ResilienceProperties resilience) {
        this.rescoring = rescoring;
        this.backoff = new OutageBackoff("rescoring", outages, resilience);
    }

    @Scheduled(fixedDelayString = "${leadflow.rescoring.poll-interval:1s}")
    void rescore() {
        try {
            backoff.run(() -> {
                while (rescoring.rescoreNextBatch()) {
                    // one batch per transaction until the run is done
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("re-scoring batch failed; it is retried at the next poll", e);
        }
    }
}
