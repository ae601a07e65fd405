package io.leadflow.nurturing.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.leadflow.kernel.testing.LocalDatabases;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database the JDBC adapters' contract tests run on: created fresh once per test JVM, then cleaned and migrated
 * by Flyway before every test, so each test starts from what a new installation has (the default tracks and
 * settings the migrations seed) and sees only what it stored. No Spring context: the adapters are built by hand.
 */
public final class ContractDatabase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static DataSource dataSource;
    private static Flyway flyway;

    private ContractDatabase() {}

    /** A client on a newly installed database. */
    static synchronized JdbcClient fresh() {
        if (dataSource == null) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(LocalDatabases.recreate("leadflow_test_nurturing_contract"));
            pool.setUsername(LocalDatabases.USER);
            pool.setPassword(LocalDatabases.PASSWORD);
            pool.setMaximumPoolSize(4);
            dataSource = pool;
            flyway = Flyway.configure().dataSource(pool).cleanDisabled(false).load();
        }
        flyway.clean();
        flyway.migrate();
        return JdbcClient.create(dataSource);
    }

    /** A newly installed database, for the adapters outside this package that take a DataSource. */
    public static synchronized DataSource freshDataSource() {
        fresh();
        return dataSource;
    }
}
