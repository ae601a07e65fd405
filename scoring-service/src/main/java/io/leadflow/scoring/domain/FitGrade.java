package io.leadflow.scoring.domain;

/** How well a lead fits the seller's ideal customer, A (best) to D (poorest), shown next to the engagement grade. */
public enum FitGrade {
    A,
    B,
    C,
    D
}
