package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.in.EnrollmentView;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.NotFoundException;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.domain.Enrollment;
import org.springframework.transaction.annotation.Transactional;

class FindEnrollmentService implements FindEnrollmentQuery {

    private final EnrollmentRepository enrollments;

    FindEnrollmentService(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    @Transactional(readOnly = true)
    public EnrollmentView findEnrollment(LeadId leadId) {
        Enrollment e = enrollments.findCurrent(leadId)
                .orElseThrow(() -> new NotFoundException("enrollment", leadId.toString()));
        return new EnrollmentView(e.leadId(), e.status(), e.track(), e.reason(), e.note(),
                e.rejectedBy(), e.enrolledAt(), e.stage());
    }
}
