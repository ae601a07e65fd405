package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.application.port.out.ScheduledStepsContract;

class InMemoryStepsContractTest extends ScheduledStepsContract {

    private final InMemorySteps steps = new InMemorySteps();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();

    @Override
    protected ScheduledSteps steps() {
        return steps;
    }

    @Override
    protected EnrollmentRepository enrollments() {
        return enrollments;
    }
}
