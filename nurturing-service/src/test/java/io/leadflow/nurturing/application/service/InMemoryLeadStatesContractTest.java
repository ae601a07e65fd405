package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.LeadStatesContract;

class InMemoryLeadStatesContractTest extends LeadStatesContract {

    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryLeadStates states = new InMemoryLeadStates(enrollments);

    @Override
    protected LeadStates states() {
        return states;
    }

    @Override
    protected EnrollmentRepository enrollments() {
        return enrollments;
    }
}
