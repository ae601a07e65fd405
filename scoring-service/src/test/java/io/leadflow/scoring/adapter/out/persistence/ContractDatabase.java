package io.leadflow.scoring.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.leadflow.kernel.testing.LocalDatabases;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

    private static DataSource dataSource;

    private ContractDatabase() {}

    /** The emptied database. */
    static synchronized DataSource empty() {
        if (dataSource == null) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(LocalDatabases.recreate("leadflow_test_scoring_contract"));
            pool.setUsername(LocalDatabases.USER);
            pool.setPassword(LocalDatabases.PASSWORD);
            pool.setMaximumPoolSize(4);
            Flyway.configure().dataSource(pool).load().migrate();
            dataSource = pool;
        }
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'"
                        + " and tablename <> 'flyway_schema_history'")
                .query(String.class)
                .list();
        jdbc.sql("truncate " + String.join(", ", tables) + " cascade").update();
        return dataSource;
    }

    static LeadRows leadRows(DataSource db) {
        return new LeadRows(JdbcClient.create(db), new NamedParameterJdbcTemplate(db), JSON);
    }
}
