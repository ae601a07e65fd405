package io.leadflow.scoring.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * A background re-scoring run after a publish: how many leads there were when it started and how many are done.
 *
 * @param finishedAt {@code null} while running
 * @param lastLead the last lead done, where the run continues after a restart
 */
public record RescoringView(
        long id,
        String modelId,
        int version,
        long total,
        long done,
        UUID lastLead,
        Instant startedAt,
        Instant finishedAt) {

    public boolean finished() {
        return finishedAt != null;
    }
}
