package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.application.port.out.RejectionLogContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcRejectionLogContractIT extends RejectionLogContract {

    private final JdbcClient jdbc = ContractDatabase.fresh();

    @Override
    protected RejectionLog log() {
        return new JdbcRejectionLog(jdbc);
    }

    @Override
    protected EnrollmentRepository enrollments() {
        return new JdbcEnrollmentRepository(jdbc);
    }
}
