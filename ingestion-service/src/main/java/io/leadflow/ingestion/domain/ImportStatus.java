package io.leadflow.ingestion.domain;

/** Queued until a worker takes it, running while chunks remain, done when every row was accepted or refused. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE
}
