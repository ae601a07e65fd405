package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ChangeConsentUseCase;
import io.leadflow.ingestion.application.port.in.FindConsentQuery;
import io.leadflow.ingestion.application.port.in.FindContactQuery;
import io.leadflow.ingestion.application.port.in.FindIntakeAdmissionQuery;
import io.leadflow.ingestion.application.port.in.FindLeadEventsQuery;
import io.leadflow.ingestion.application.port.in.ImportJobUseCase;
import io.leadflow.ingestion.application.port.in.ManageEventTypesUseCase;
import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.EventBacklog;
import io.leadflow.ingestion.application.port.out.EventTypeRegistry;
import io.leadflow.ingestion.application.port.out.IdentityLinks;
import io.leadflow.ingestion.application.port.out.ImportJobs;
import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.application.port.out.SuppressionList;
import java.time.Clock;

/**
 * Builds the use cases, whose implementations stay package-private and hidden from adapters. The one way to wire
 * them, alike in every service: each use case has a static factory that takes the {@link Ports} record (every
 * driven port, the clock and the settings the use cases read); configuration declares one {@code Ports} bean and
 * one bean per use case from its factory, and a test passes a {@code Ports} of fakes to the same factory.
 */
public final class IngestionServices {

    /** Every driven port the use cases need, the clock, and the tunable rules of recording and importing. */
    public record Ports(
            ContactRepository contacts,
            EngagementLog log,
            LeadEventPublisher events,
            IdentityLinks identities,
            EventTypeRegistry eventTypes,
            ImportJobs importJobs,
            ImportRows importRows,
            IngestionMetrics metrics,
            Clock clock,
            IngestionSettings settings,
            SuppressionList suppressions) {}

    private IngestionServices() {}

    public static RecordEngagementUseCase recordEngagement(Ports p) {
        return new RecordEngagementService(engagements(p));
    }

    public static RecordEngagementsUseCase recordEngagements(Ports p) {
        return engagements(p);
    }

    public static UpsertContactUseCase upsertContact(Ports p) {
        return contacts(p);
    }

    public static FindContactQuery findContact(Ports p) {
        return new FindContactService(p.contacts());
    }

    public static FindLeadEventsQuery findLeadEvents(Ports p) {
        return new FindLeadEventsService(p.contacts(), p.log());
    }

    public static ChangeConsentUseCase changeConsent(Ports p) {
        return changeConsentService(p);
    }

    public static FindConsentQuery findConsent(Ports p) {
        return new FindConsentService(p.contacts(), p.suppressions());
    }

    public static ManageEventTypesUseCase manageEventTypes(Ports p) {
        return new ManageEventTypesService(p.eventTypes());
    }

    /** Admission control over the events waiting to be passed on (its own state: one per service instance). */
    public static FindIntakeAdmissionQuery intakeAdmission(EventBacklog backlog, AdmissionSettings settings) {
        return new FindIntakeAdmissionService(backlog, settings);
    }

    public static ImportJobUseCase imports(Ports p) {
        return new ImportJobService(
                p.importJobs(), p.importRows(), engagements(p), contacts(p), p.metrics(), p.settings(), p.clock());
    }

    private static RecordEngagementsService engagements(Ports p) {
        return new RecordEngagementsService(
                p.contacts(),
                p.log(),
                p.events(),
                attribution(p),
                new EngagementTypes(p.eventTypes()),
                p.metrics(),
                p.settings(),
                p.clock(),
                consent(p));
    }

    private static UpsertContactService contacts(Ports p) {
        return new UpsertContactService(p.contacts(), p.events(), attribution(p), p.clock(), consent(p));
    }

    private static ChangeConsentService changeConsentService(Ports p) {
        return new ChangeConsentService(p.contacts(), consent(p), p.clock());
    }

    private static ConsentRecorder consent(Ports p) {
        return new ConsentRecorder(p.suppressions(), p.events());
    }

    private static IdentityAttribution attribution(Ports p) {
        return new IdentityAttribution(p.identities(), p.log(), p.events(), consent(p));
    }
}
