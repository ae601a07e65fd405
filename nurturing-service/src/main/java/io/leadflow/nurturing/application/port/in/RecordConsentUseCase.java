package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.event.ConsentChangedEvent;

/**
 * Takes a person's new consent standing from ingestion's suppression list. When marketing may no longer contact the
 * person, their active enrolment ends (status UNSUBSCRIBED, whatever the track's exit rules say), its steps are
 * cancelled and nothing of it still waiting to go to marketing's automation is sent. Answers whether the standing was
 * new.
 */
public interface RecordConsentUseCase {

    boolean recordConsent(ConsentChangedEvent standing);
}
