package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.ContactRepositoryContract;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcContactRepositoryContractIT extends ContactRepositoryContract {

    private final DataSource db = ContractDatabase.empty();

    @Override
    protected ContactRepository contacts() {
        return new JdbcContactRepository(JdbcClient.create(db), new JdbcTemplate(db), ContractDatabase.JSON);
    }
}
