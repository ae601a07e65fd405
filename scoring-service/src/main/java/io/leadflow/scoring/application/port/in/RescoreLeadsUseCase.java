package io.leadflow.scoring.application.port.in;

/**
 * Works on the oldest unfinished re-scoring run: scores the next batch of leads by the newly published models (from
 * the event store), under the leads' locks, so real-time scoring goes on and nobody qualifies twice.
 */
public interface RescoreLeadsUseCase {

    /** @return whether a batch was done (call again), false when there was nothing to do */
    boolean rescoreNextBatch();
}
