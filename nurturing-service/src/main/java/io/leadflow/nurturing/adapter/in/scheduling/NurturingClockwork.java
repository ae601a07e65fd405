package io.leadflow.nurturing.adapter.in.scheduling;

import io.leadflow.nurturing.application.port.in.AdvanceNurturingUseCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drives the clock-based part of nurturing on every replica, round after round while full batches keep coming;
 * the use case hands each due item to one replica only.
 */
@Component
class NurturingClockwork {

    private final AdvanceNurturingUseCase advance;
    private final int batchSize;

    NurturingClockwork(
            AdvanceNurturingUseCase advance, @Value("${leadflow.nurture.timers.batch-size:100}") int batchSize) {
        this.advance = advance;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${leadflow.nurture.timers.poll-interval:1s}")
    void advance() {
        int handled;
        do {
            handled = advance.advanceNurturing(batchSize);
        } while (handled >= batchSize);
    }
}
