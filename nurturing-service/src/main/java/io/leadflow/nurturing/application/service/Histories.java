package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.NurtureHistory;
import java.util.List;

/** Builds a lead's readable history over all its cycles from what nurturing stored. */
final class Histories {

    private final EnrollmentRepository enrollments;
    private final RejectionLog rejections;
    private final ScheduledSteps steps;

    Histories(EnrollmentRepository enrollments, RejectionLog rejections, ScheduledSteps steps) {
        this.enrollments = enrollments;
        this.rejections = rejections;
        this.steps = steps;
    }

    List<String> of(LeadId lead) {
        NurtureHistory history = new NurtureHistory();
        rejections.ofLead(lead).forEach(history::rejection);
        for (Enrollment e : enrollments.allOf(lead)) {
            history.enrollment(e);
            steps.ofEnrollment(e.id()).forEach(s -> history.step(s, e.track()));
        }
        return history.lines();
    }
}
