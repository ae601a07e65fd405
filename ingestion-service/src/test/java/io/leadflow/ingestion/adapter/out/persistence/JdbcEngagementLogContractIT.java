package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.EngagementLogContract;
import io.leadflow.kernel.LeadId;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcEngagementLogContractIT extends EngagementLogContract {

    private final DataSource db = ContractDatabase.empty();

    @Override
    protected EngagementLog log() {
        return new JdbcEngagementLog(JdbcClient.create(db), new JdbcTemplate(db), ContractDatabase.JSON);
    }

    @Override
    protected LeadId storedLead(String email) {
        return ContractDatabase.storedLead(db, email);
    }
}
