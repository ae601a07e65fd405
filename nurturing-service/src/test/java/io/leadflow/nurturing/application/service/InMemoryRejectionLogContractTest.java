package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.application.port.out.RejectionLogContract;

class InMemoryRejectionLogContractTest extends RejectionLogContract {

    private final Fakes.InMemoryEnrollments enrollments = new Fakes.InMemoryEnrollments();
    private final Fakes.InMemoryRejectionLog log = new Fakes.InMemoryRejectionLog(enrollments);

    @Override
    protected RejectionLog log() {
        return log;
    }

    @Override
    protected EnrollmentRepository enrollments() {
        return enrollments;
    }
}
