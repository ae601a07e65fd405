package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nurture/enrollments")
class EnrollmentController {

    private final FindEnrollmentQuery findEnrollment;
    private final NurtureWebMapper mapper;

    EnrollmentController(FindEnrollmentQuery findEnrollment, NurtureWebMapper mapper) {
        this.findEnrollment = findEnrollment;
        this.mapper = mapper;
    }

    /** The lead's active enrolment (or its latest); 404 when it was never enrolled, 400 for an id that is no UUID. */
    @GetMapping("/{leadId}")
    EnrollmentResponse enrollment(@PathVariable String leadId) {
        return mapper.toResponse(findEnrollment.findEnrollment(LeadId.parse(leadId)));
    }
}
