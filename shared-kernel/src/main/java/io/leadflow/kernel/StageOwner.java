package io.leadflow.kernel;

/** The services that may move a lead's stage; each owns some of the transitions. */
public enum StageOwner {
    INGESTION,
    SCORING,
    HANDOFF,
    NURTURING
}
