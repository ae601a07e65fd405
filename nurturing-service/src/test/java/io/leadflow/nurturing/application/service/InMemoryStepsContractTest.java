package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.application.port.out.ScheduledStepsContract;

class InMemoryStepsContractTest extends ScheduledStepsContract {

    private final Fakes.InMemorySteps steps = new Fakes.InMemorySteps();
    private final Fakes.InMemoryEnrollments enrollments = new Fakes.InMemoryEnrollments();

    @Override
    protected ScheduledSteps steps() {
        return steps;
    }

    @Override
    protected EnrollmentRepository enrollments() {
        return enrollments;
    }
}
