package io.leadflow.nurturing.application.port.in;

/**
 * The clock-driven part of nurturing, run by every replica: send the steps that are due, end enrolments past their
 * maximum duration, and (when marketing turned it on) enrol leads that stayed below the threshold. Each call does
 * at most {@code batchSize} items of each kind; replicas share the work without doing any item twice.
 */
public interface AdvanceNurturingUseCase {

    /** How many items were handled; a full batch means there may be more. */
    int advanceNurturing(int batchSize);
}
