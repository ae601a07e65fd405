package io.leadflow.scoring.domain.model;

/** How a condition compares an attribute: text comparisons ignore case, ranges read the value as a number. */
public enum Operator {
    EQUALS,
    ONE_OF,
    CONTAINS,
    MATCHES,
    RANGE,
    PRESENT
}
