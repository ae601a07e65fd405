package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ExpireExportsUseCase;
import io.leadflow.ingestion.application.port.in.FindPrivacyRequestQuery;
import io.leadflow.ingestion.application.port.in.RecordPrivacyAnswerUseCase;
import io.leadflow.ingestion.application.port.in.RequestErasureUseCase;
import io.leadflow.ingestion.application.port.in.RequestExportUseCase;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.application.port.out.PrivacyRequests;
import io.leadflow.ingestion.application.port.out.ProcessedEvents;
import io.leadflow.ingestion.application.port.out.SubjectData;
import java.time.Clock;

/** Builds the privacy use cases from their ports, as {@link IngestionServices} does for the others. */
public final class PrivacyServices {

    /** The driven ports of data subjects' requests, the clock and the settings. */
    public record Ports(
            SubjectData subjects,
            PrivacyRequests requests,
            ProcessedEvents processed,
            LeadEventPublisher events,
            Clock clock,
            PrivacySettings settings) {}

    private PrivacyServices() {}

    public static RequestErasureUseCase requestErasure(Ports p) {
        return new RequestErasureService(p);
    }

    public static RequestExportUseCase requestExport(Ports p) {
        return new RequestExportService(p);
    }

    public static FindPrivacyRequestQuery findPrivacyRequest(Ports p) {
        return new FindPrivacyRequestService(p);
    }

    public static RecordPrivacyAnswerUseCase recordPrivacyAnswer(Ports p) {
        return new RecordPrivacyAnswerService(p);
    }

    public static ExpireExportsUseCase expireExports(Ports p) {
        return new ExpireExportsService(p);
    }
}
