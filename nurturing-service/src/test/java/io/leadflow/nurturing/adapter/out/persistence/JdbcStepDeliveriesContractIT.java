package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.application.port.out.StepDeliveriesContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcStepDeliveriesContractIT extends StepDeliveriesContract {

    private final JdbcClient jdbc = ContractDatabase.fresh();

    @Override
    protected StepDeliveries deliveries() {
        return new JdbcStepDeliveries(jdbc);
    }
}
