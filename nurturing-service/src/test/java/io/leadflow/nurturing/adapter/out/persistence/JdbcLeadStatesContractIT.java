package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.LeadStatesContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcLeadStatesContractIT extends LeadStatesContract {

    private final JdbcClient jdbc = ContractDatabase.fresh();

    @Override
    protected LeadStates states() {
        return new JdbcLeadStates(jdbc);
    }

    @Override
    protected EnrollmentRepository enrollments() {
        return new JdbcEnrollmentRepository(jdbc);
    }
}
