package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.support.testing.MigratedDatabase;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database the JDBC adapters' contract tests run on: created fresh and migrated by Flyway once per test JVM, then
 * emptied before every test, so each test sees only what it stored. No Spring context: the adapters are built by
 * hand.
 */
final class ContractDatabase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final MigratedDatabase DATABASE = new MigratedDatabase("leadflow_test_scoring_contract");

    private ContractDatabase() {}

    /** The emptied database. */
    static synchronized DataSource empty() {
        return DATABASE.emptied();
    }

    static LeadRows leadRows(DataSource db) {
        return new LeadRows(JdbcClient.create(db), new NamedParameterJdbcTemplate(db), JSON);
    }
}
