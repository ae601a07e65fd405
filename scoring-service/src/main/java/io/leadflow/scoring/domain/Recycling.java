package io.leadflow.scoring.domain;

/** What a recycle request did to a lead. */
public enum Recycling {
    /** The lead was RECYCLED and is an MQL again. */
    REQUALIFIED,
    /** The lead is still NURTURING here: the move to RECYCLED has not arrived yet; it requalifies when it does. */
    AWAITING_STAGE,
    /** The lead is in a stage recycling does not apply to; nothing changed. */
    NOT_APPLICABLE
}
