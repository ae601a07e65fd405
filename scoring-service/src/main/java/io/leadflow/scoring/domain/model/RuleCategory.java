package io.leadflow.scoring.domain.model;

/** The columns of the scoring matrix: who the lead is (fit), what they did (behaviour), and what counts against. */
public enum RuleCategory {
    FIT,
    BEHAVIOUR,
    NEGATIVE
}
