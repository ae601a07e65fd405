package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.LeadHistoriesContract;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcLeadHistoriesContractIT extends LeadHistoriesContract {

    private final DataSource db = ContractDatabase.empty();
    private final JdbcClient jdbc = JdbcClient.create(db);
    private final NamedParameterJdbcTemplate batch = new NamedParameterJdbcTemplate(db);
    private final JdbcLeadEventStore events = new JdbcLeadEventStore(jdbc, batch, ContractDatabase.JSON);

    @Override
    protected LeadScoreRepository leads() {
        return new JdbcLeadScoreRepository(jdbc, batch, ContractDatabase.leadRows(db));
    }

    @Override
    protected LeadEventStore events() {
        return events;
    }

    @Override
    protected LeadHistories histories() {
        return new JdbcLeadHistories(jdbc, ContractDatabase.leadRows(db), events);
    }
}
