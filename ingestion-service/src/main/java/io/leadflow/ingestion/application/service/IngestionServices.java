package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import java.time.Clock;

/**
 * The one way to build the use cases from their ports, so that the package-private implementations stay hidden
 * from adapters while configuration (or a test with fakes) can still wire them.
 */
public final class IngestionServices {

    private IngestionServices() {
    }

    public static RecordEngagementUseCase recordEngagement(
            ContactRepository contacts, EngagementLog log, LeadEventPublisher events, Clock clock) {
        return new RecordEngagementService(contacts, log, events, clock);
    }
}
