package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.LeadStatesContract;

class InMemoryLeadStatesContractTest extends LeadStatesContract {

    private final Fakes.InMemoryEnrollments enrollments = new Fakes.InMemoryEnrollments();
    private final Fakes.InMemoryLeadStates states = new Fakes.InMemoryLeadStates(enrollments);

    @Override
    protected LeadStates states() {
        return states;
    }

    @Override
    protected EnrollmentRepository enrollments() {
        return enrollments;
    }
}
