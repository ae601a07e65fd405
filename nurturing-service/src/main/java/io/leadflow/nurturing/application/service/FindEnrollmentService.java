package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.in.EnrollmentView;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.NotFoundException;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import org.springframework.transaction.annotation.Transactional;

class FindEnrollmentService implements FindEnrollmentQuery {

    private final EnrollmentRepository enrollments;
    private final ScheduledSteps steps;
    private final Histories histories;

    FindEnrollmentService(EnrollmentRepository enrollments, ScheduledSteps steps, Histories histories) {
        this.enrollments = enrollments;
        this.steps = steps;
        this.histories = histories;
    }

    @Override
    @Transactional(readOnly = true)
    public EnrollmentView findEnrollment(LeadId leadId) {
        Enrollment e = enrollments
                .findCurrent(leadId)
                .orElseThrow(() -> new NotFoundException("enrollment", leadId.toString()));
        int recycled = (int) enrollments.allOf(leadId).stream()
                .filter(x -> x.status() == EnrollmentStatus.RECYCLED)
                .count();
        return new EnrollmentView(
                e.leadId(),
                e.status(),
                e.track(),
                e.source(),
                e.reason(),
                e.note(),
                e.rejectedBy(),
                e.enrolledAt(),
                e.stage(),
                e.endedAt(),
                e.exitTrigger(),
                steps.ofEnrollment(e.id()),
                recycled,
                histories.of(leadId));
    }
}
