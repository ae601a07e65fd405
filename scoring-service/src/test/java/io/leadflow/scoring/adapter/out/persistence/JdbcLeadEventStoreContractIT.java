package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadEventStoreContract;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcLeadEventStoreContractIT extends LeadEventStoreContract {

    private final DataSource db = ContractDatabase.empty();
    private final LeadEventStore events =
            new JdbcLeadEventStore(JdbcClient.create(db), new NamedParameterJdbcTemplate(db), ContractDatabase.JSON);

    @Override
    protected LeadEventStore events() {
        return events;
    }
}
