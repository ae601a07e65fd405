package io.leadflow.scoring.domain.model;

import java.time.Duration;

/**
 * "At least N within D days": the rule's points count once while its events reach the number; with a window, the
 * N most recent matching events must lie within it, counted back from the time of scoring.
 *
 * @param within the window, or {@code null} for "ever"
 */
public record Counted(int atLeast, Duration within) {}
