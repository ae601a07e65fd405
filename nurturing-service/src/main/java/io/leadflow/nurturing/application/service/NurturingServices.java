package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.ChangeSettingsUseCase;
import io.leadflow.nurturing.application.port.in.DefineTrackUseCase;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase;
import io.leadflow.nurturing.application.port.in.EnrollDormantLeadsUseCase;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.FindNurtureStatisticsQuery;
import io.leadflow.nurturing.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.nurturing.application.port.in.FindTracksQuery;
import io.leadflow.nurturing.application.port.in.RecordConsentUseCase;
import io.leadflow.nurturing.application.port.in.RecordLeadSignalUseCase;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.application.port.out.ConsentRegister;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.application.port.out.NurtureStatistics;
import io.leadflow.nurturing.application.port.out.NurtureTimers;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import java.time.Clock;

/**
 * Builds the use cases, whose implementations stay package-private and hidden from adapters. The one way to wire
 * them, alike in every service: each use case has a static factory that takes the {@link Ports} record (every
 * driven port, the clock and the settings the use cases read); configuration declares one {@code Ports} bean and
 * one bean per use case from its factory, and a test passes a {@code Ports} of fakes to the same factory.
 */
public final class NurturingServices {

    /** Every driven port the use cases need, and the clock. */
    public record Ports(
            ProcessedEvents processed,
            NurtureTrackCatalogue tracks,
            EnrollmentRepository enrollments,
            ScheduledSteps steps,
            NurtureTimers timers,
            RejectionLog rejections,
            LeadEventPublisher events,
            NurtureMetrics metrics,
            SettingsStore settings,
            LeadStates leads,
            MarketingAutomation automation,
            StepDeliveries deliveries,
            NurtureStatistics statistics,
            Clock clock,
            ConsentRegister consent) {}

    private NurturingServices() {}

    public static EnrollRejectedLeadUseCase enrollRejectedLead(Ports p) {
        return new EnrollRejectedLeadService(
                p.processed(),
                p.tracks(),
                p.enrollments(),
                timetable(p),
                p.rejections(),
                p.leads(),
                announcements(p),
                p.events(),
                p.metrics(),
                p.clock());
    }

    public static RecordLeadSignalUseCase recordLeadSignal(Ports p) {
        return new RecordLeadSignalService(
                p.processed(),
                p.settings(),
                p.leads(),
                p.enrollments(),
                timetable(p),
                p.tracks(),
                new Recycler(p.enrollments(), timetable(p), histories(p), p.events(), p.metrics(), announcements(p)),
                announcements(p),
                p.clock());
    }

    public static SendStepUseCase sendStep(Ports p) {
        return new SendStepService(
                p.steps(),
                p.enrollments(),
                p.tracks(),
                p.automation(),
                p.deliveries(),
                timetable(p),
                announcements(p),
                p.metrics(),
                p.clock(),
                p.consent());
    }

    public static RecordConsentUseCase recordConsent(Ports p) {
        return new RecordConsentService(
                p.processed(), p.consent(), p.enrollments(), timetable(p), p.deliveries(), p.clock());
    }

    public static ExpireEnrollmentUseCase expireEnrollment(Ports p) {
        return new ExpireEnrollmentService(p.enrollments(), timetable(p), announcements(p), p.clock());
    }

    public static EnrollDormantLeadsUseCase enrollDormantLeads(Ports p) {
        return new EnrollDormantLeadsService(
                p.tracks(),
                p.enrollments(),
                timetable(p),
                p.settings(),
                p.leads(),
                p.events(),
                p.metrics(),
                announcements(p),
                p.clock());
    }

    public static DeliverStepsUseCase deliverSteps(Ports p) {
        return new DeliverStepsService(p.deliveries(), p.automation(), p.metrics(), p.clock());
    }

    public static DefineTrackUseCase defineTrack(Ports p) {
        return new DefineTrackService(p.tracks());
    }

    public static ChangeSettingsUseCase changeSettings(Ports p) {
        return new ChangeSettingsService(p.settings(), p.clock());
    }

    public static FindEnrollmentQuery findEnrollment(Ports p) {
        return new FindEnrollmentService(p.enrollments(), p.steps(), histories(p));
    }

    public static FindTracksQuery findTracks(Ports p) {
        return new FindTracksService(p.tracks());
    }

    public static FindRejectedLeadsQuery findRejectedLeads(Ports p) {
        return new FindRejectedLeadsService(p.rejections());
    }

    public static FindNurtureStatisticsQuery findStatistics(Ports p) {
        return new FindNurtureStatisticsService(p.statistics());
    }

    private static Timetable timetable(Ports p) {
        return new Timetable(p.steps(), p.timers());
    }

    private static Announcements announcements(Ports p) {
        return new Announcements(p.automation(), p.deliveries(), p.consent());
    }

    private static Histories histories(Ports p) {
        return new Histories(p.enrollments(), p.rejections(), p.steps());
    }
}
