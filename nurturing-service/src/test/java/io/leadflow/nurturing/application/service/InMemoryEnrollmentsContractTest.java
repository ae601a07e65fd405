package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.EnrollmentRepositoryContract;

class InMemoryEnrollmentsContractTest extends EnrollmentRepositoryContract {

    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();

    @Override
    protected EnrollmentRepository enrollments() {
        return enrollments;
    }
}
