package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.application.port.out.RejectionLogContract;

class InMemoryRejectionLogContractTest extends RejectionLogContract {

    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryRejectionLog log = new InMemoryRejectionLog(enrollments);

    @Override
    protected RejectionLog log() {
        return log;
    }

    @Override
    protected EnrollmentRepository enrollments() {
        return enrollments;
    }
}
