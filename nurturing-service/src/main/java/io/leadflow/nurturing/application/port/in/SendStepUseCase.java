package io.leadflow.nurturing.application.port.in;

import java.util.UUID;

/**
 * What a step's timer does when it fires: the step goes to marketing's automation tool (its delivery stored with it)
 * and, when it was the last one of a track that ends on completion, the enrolment completes. A timer may fire twice
 * (a replica died after sending, before its timer was marked done): the step's own row says it was sent, and
 * nothing happens the second time; nor for a step that was cancelled or whose enrolment ended.
 */
public interface SendStepUseCase {

    /** Whether the step was sent now. */
    boolean sendStep(UUID stepId);
}
