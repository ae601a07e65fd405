package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.NotificationDeliveriesContract;
import io.leadflow.handoff.domain.HandoffId;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcNotificationDeliveriesContractIT extends NotificationDeliveriesContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Override
    protected NotificationDeliveries deliveries() {
        return new JdbcNotificationDeliveries(jdbc);
    }

    @Override
    protected HandoffId storedHandoff() {
        return ContractDatabase.storedHandoff(jdbc);
    }
}
