package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.nurturing.application.port.in.FindTracksQuery;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import java.time.Clock;

/**
 * The one way to build the use cases from their ports, so that the package-private implementations stay hidden
 * from adapters while configuration (or a test with fakes) can still wire them.
 */
public final class NurturingServices {

    private NurturingServices() {
    }

    public static EnrollRejectedLeadUseCase enrollRejectedLead(ProcessedEvents processed,
            NurtureTrackCatalogue tracks, EnrollmentRepository enrollments, RejectionLog rejections,
            LeadEventPublisher events, Clock clock) {
        return new EnrollRejectedLeadService(processed, tracks, enrollments, rejections, events, clock);
    }

    public static FindEnrollmentQuery findEnrollment(EnrollmentRepository enrollments) {
        return new FindEnrollmentService(enrollments);
    }

    public static FindTracksQuery findTracks(NurtureTrackCatalogue tracks) {
        return new FindTracksService(tracks);
    }

    public static FindRejectedLeadsQuery findRejectedLeads(RejectionLog rejections) {
        return new FindRejectedLeadsService(rejections);
    }
}
