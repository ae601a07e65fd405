package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.LeadScoreRepositoryContract;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcLeadScoreRepositoryContractIT extends LeadScoreRepositoryContract {

    private final DataSource db = ContractDatabase.empty();
    private final LeadScoreRepository leads = new JdbcLeadScoreRepository(
            JdbcClient.create(db), new NamedParameterJdbcTemplate(db), ContractDatabase.leadRows(db));

    @Override
    protected LeadScoreRepository leads() {
        return leads;
    }
}
