package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.support.testing.MigratedDatabase;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database the JDBC adapters' contract tests run on: created fresh once per test JVM, then cleaned and migrated
 * by Flyway before every test, so each test starts from what a new installation has (the default tracks and
 * settings the migrations seed) and sees only what it stored. No Spring context: the adapters are built by hand.
 */
public final class ContractDatabase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final MigratedDatabase DATABASE = new MigratedDatabase("leadflow_test_nurturing_contract");

    private ContractDatabase() {}

    /** A client on a newly installed database. */
    static synchronized JdbcClient fresh() {
        return JdbcClient.create(DATABASE.reinstalled());
    }

    /** A newly installed database, for the adapters outside this package that take a DataSource. */
    public static synchronized DataSource freshDataSource() {
        return DATABASE.reinstalled();
    }
}
