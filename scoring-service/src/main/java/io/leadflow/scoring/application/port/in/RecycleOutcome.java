package io.leadflow.scoring.application.port.in;

/** What recycling did, so the caller can log a request that changed nothing. */
public enum RecycleOutcome {
    /** The lead is an MQL again. */
    REQUALIFIED,
    /** The lead's move to RECYCLED has not arrived yet; it requalifies when it does. */
    AWAITING_STAGE,
    /** The lead is in a stage recycling does not apply to; nothing changed. */
    NOT_APPLICABLE,
    /** The event had been processed before; nothing changed. */
    DUPLICATE
}
