package io.leadflow.ingestion.application.port.in;

/**
 * Records a service's answer to a request (an erasure receipt or an export part), exactly once per event; the
 * request is complete when the last expected service answered.
 */
public interface RecordPrivacyAnswerUseCase {

    void recordPrivacyAnswer(RecordPrivacyAnswerCommand command);
}
