package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.FindContactQuery;
import io.leadflow.ingestion.application.port.in.FindLeadEventsQuery;
import io.leadflow.ingestion.application.port.in.ImportJobUseCase;
import io.leadflow.ingestion.application.port.in.ManageEventTypesUseCase;
import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.EventTypeRegistry;
import io.leadflow.ingestion.application.port.out.IdentityLinks;
import io.leadflow.ingestion.application.port.out.ImportJobs;
import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import java.time.Clock;

/**
 * The one way to build the use cases from their ports, so that the package-private implementations stay hidden
 * from adapters while configuration (or a test with fakes) can still wire them.
 */
public final class IngestionServices {

    private final RecordEngagementsService engagements;
    private final RecordEngagementService engagement;
    private final UpsertContactService contacts;
    private final FindContactService contactQuery;
    private final FindLeadEventsService eventsQuery;
    private final ManageEventTypesService eventTypes;
    private final ImportJobService imports;

    /** The driven ports the use cases need. */
    public record Ports(
            ContactRepository contacts,
            EngagementLog log,
            LeadEventPublisher events,
            IdentityLinks identities,
            EventTypeRegistry eventTypes,
            ImportJobs importJobs,
            ImportRows importRows,
            IngestionMetrics metrics) {}

    public IngestionServices(Ports ports, IngestionSettings settings, Clock clock) {
        IdentityAttribution attribution = new IdentityAttribution(ports.identities(), ports.log(), ports.events());
        this.engagements = new RecordEngagementsService(
                ports.contacts(),
                ports.log(),
                ports.events(),
                attribution,
                new EngagementTypes(ports.eventTypes()),
                ports.metrics(),
                settings,
                clock);
        this.engagement = new RecordEngagementService(engagements);
        this.contacts = new UpsertContactService(ports.contacts(), ports.events(), attribution, clock);
        this.contactQuery = new FindContactService(ports.contacts());
        this.eventsQuery = new FindLeadEventsService(ports.contacts(), ports.log());
        this.eventTypes = new ManageEventTypesService(ports.eventTypes());
        this.imports = new ImportJobService(
                ports.importJobs(), ports.importRows(), engagements, contacts, ports.metrics(), settings, clock);
    }

    public RecordEngagementUseCase recordEngagement() {
        return engagement;
    }

    public RecordEngagementsUseCase recordEngagements() {
        return engagements;
    }

    public UpsertContactUseCase upsertContact() {
        return contacts;
    }

    public FindContactQuery findContact() {
        return contactQuery;
    }

    public FindLeadEventsQuery findLeadEvents() {
        return eventsQuery;
    }

    public ManageEventTypesUseCase manageEventTypes() {
        return eventTypes;
    }

    public ImportJobUseCase imports() {
        return imports;
    }
}
