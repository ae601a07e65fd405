package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.ImportJobs;
import io.leadflow.ingestion.application.port.out.ImportJobsContract;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcImportJobsContractIT extends ImportJobsContract {

    private final DataSource db = ContractDatabase.empty();

    @Override
    protected ImportJobs jobs() {
        return new JdbcImportJobs(
                JdbcClient.create(db),
                new JdbcTemplate(db),
                tools.jackson.databind.json.JsonMapper.builder().build());
    }
}
