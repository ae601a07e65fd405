package io.leadflow.ingestion.application.port.in;

/**
 * Forgets a person: ingestion erases its own copy at once, in the transaction that records the request and sends
 * {@code ErasureRequested} to the other services; their receipts complete the request (docs/privacy.md).
 */
public interface RequestErasureUseCase {

    PrivacyRequestView requestErasure(PrivacyRequestCommand command);
}
