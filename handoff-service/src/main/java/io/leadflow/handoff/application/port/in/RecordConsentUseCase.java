package io.leadflow.handoff.application.port.in;

import io.leadflow.kernel.event.ConsentChangedEvent;

/** Takes a person's new consent standing from ingestion's suppression list; answers whether it was new. */
public interface RecordConsentUseCase {

    boolean recordConsent(ConsentChangedEvent standing);
}
