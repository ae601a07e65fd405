package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.EventTypeRegistry;
import io.leadflow.ingestion.application.port.out.EventTypeRegistryContract;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcEventTypeRegistryContractIT extends EventTypeRegistryContract {

    private final DataSource db = ContractDatabase.empty();

    @Override
    protected EventTypeRegistry types() {
        return new JdbcEventTypeRegistry(JdbcClient.create(db));
    }
}
