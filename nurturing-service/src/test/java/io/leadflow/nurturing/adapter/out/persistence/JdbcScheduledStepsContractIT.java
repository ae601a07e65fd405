package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.application.port.out.ScheduledStepsContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcScheduledStepsContractIT extends ScheduledStepsContract {

    private final JdbcClient jdbc = ContractDatabase.fresh();

    @Override
    protected ScheduledSteps steps() {
        return new JdbcScheduledSteps(jdbc);
    }

    @Override
    protected EnrollmentRepository enrollments() {
        return new JdbcEnrollmentRepository(jdbc);
    }
}
