package io.leadflow.handoff.adapter.out.persistence;

import static io.leadflow.handoff.application.port.out.HandoffTestData.T0;

import com.zaxxer.hikari.HikariDataSource;
import io.leadflow.handoff.application.port.out.HandoffTestData;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.testing.LocalDatabases;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database the JDBC adapters' contract tests run on: created fresh and migrated by Flyway once per test JVM, then
 * emptied before every test, so each test sees only what it stored. No Spring context: the adapters are built by
 * hand, as fast as the fakes' runs allow.
 */
public final class ContractDatabase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static DataSource dataSource;

    private ContractDatabase() {}

    /** A client on the emptied database. */
    static synchronized JdbcClient empty() {
        if (dataSource == null) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(LocalDatabases.recreate("leadflow_test_handoff_contract"));
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
        return jdbc;
    }

    /** The emptied database, for the adapters outside this package that take a DataSource. */
    public static synchronized DataSource emptyDataSource() {
        empty();
        return dataSource;
    }

    /** A rep stored through the real adapter, for ports whose rows refer to reps. */
    static SalesRep storedRep(JdbcClient jdbc, String name) {
        SalesRep rep = HandoffTestData.aRep(name);
        new JdbcSalesRepRepository(jdbc, JSON).add(rep);
        return rep;
    }

    /** A team stored through the real adapter, for ports whose rows refer to teams. */
    static TeamId storedTeam(JdbcClient jdbc, String name) {
        Team team = HandoffTestData.aTeam(name);
        new JdbcTeamRepository(jdbc, JSON).add(team);
        return team.id();
    }

    /** A waiting hand-off stored through the real adapter, for ports whose rows refer to hand-offs. */
    static HandoffId storedHandoff(JdbcClient jdbc) {
        Handoff handoff = HandoffTestData.anUnassignedHandoff(LeadId.newId(), T0);
        new JdbcHandoffRepository(jdbc, JSON).add(handoff);
        return handoff.id();
    }
}
