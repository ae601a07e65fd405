package io.leadflow.support.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.leadflow.kernel.testing.LocalDatabases;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service's schema on the local PostgreSQL for tests that build JDBC adapters by hand (the ports' contract tests):
 * the database is created fresh and migrated by the service's own Flyway migrations once per test JVM, then each test
 * asks for it {@link #emptied() emptied} or {@link #reinstalled() reinstalled}, so that it sees only what it stored.
 */
public final class MigratedDatabase {

    private final String name;
    private HikariDataSource pool;
    private Flyway flyway;

    /** @param name the database's name (the suffix of parallel checkouts is added by {@link LocalDatabases}) */
    public MigratedDatabase(String name) {
        this.name = name;
    }

    /** The database with every table emptied (Flyway's history kept): rows that migrations seed are gone too. */
    public synchronized DataSource emptied() {
        DataSource dataSource = migrated();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'"
                        + " and tablename <> 'flyway_schema_history'")
                .query(String.class)
                .list();
        if (!tables.isEmpty()) {
            jdbc.sql("truncate " + String.join(", ", tables) + " cascade").update();
        }
        return dataSource;
    }

    /** The database cleaned and migrated again, so that the rows migrations seed are there as on a new install. */
    public synchronized DataSource reinstalled() {
        DataSource dataSource = migrated();
        flyway.clean();
        flyway.migrate();
        return dataSource;
    }

    private DataSource migrated() {
        if (pool == null) {
            pool = new HikariDataSource();
            pool.setJdbcUrl(LocalDatabases.recreate(name));
            pool.setUsername(LocalDatabases.USER);
            pool.setPassword(LocalDatabases.PASSWORD);
            pool.setMaximumPoolSize(4);
            flyway = Flyway.configure().dataSource(pool).cleanDisabled(false).load();
            flyway.migrate();
        }
        return pool;
    }
}
