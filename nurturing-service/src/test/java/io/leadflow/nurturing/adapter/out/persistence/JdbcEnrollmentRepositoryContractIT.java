package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.EnrollmentRepositoryContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcEnrollmentRepositoryContractIT extends EnrollmentRepositoryContract {

    private final JdbcClient jdbc = ContractDatabase.fresh();

    @Override
    protected EnrollmentRepository enrollments() {
        return new JdbcEnrollmentRepository(jdbc);
    }
}
