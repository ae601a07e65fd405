package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.SlaLog;
import io.leadflow.handoff.application.port.out.SlaLogContract;
import io.leadflow.handoff.domain.HandoffId;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcSlaLogContractIT extends SlaLogContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected SlaLog log() {
        return new JdbcSlaLog(jdbc);
    }

    @Override
    protected HandoffId storedHandoff() {
        return ContractDatabase.storedHandoff(jdbc);
    }
}
