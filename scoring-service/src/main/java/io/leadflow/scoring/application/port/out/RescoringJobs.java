package io.leadflow.scoring.application.port.out;

import io.leadflow.scoring.application.port.in.RescoringView;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The background re-scoring runs that follow a publish, and how far each has got (shown to marketing). */
public interface RescoringJobs {

    RescoringView start(String modelId, int version, long total, Instant at);

    /** The oldest unfinished run, locked so that one replica works on it at a time; empty if none or busy. */
    Optional<RescoringView> lockNext();

    void progress(long jobId, UUID lastLead, long leads, Instant at);

    void finish(long jobId, Instant at);

    Optional<RescoringView> latest(String modelId, int version);
}
