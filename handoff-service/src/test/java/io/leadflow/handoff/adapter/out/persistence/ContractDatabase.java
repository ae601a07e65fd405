package io.leadflow.handoff.adapter.out.persistence;

import static io.leadflow.handoff.application.port.out.HandoffTestData.T0;

import io.leadflow.handoff.application.port.out.HandoffTestData;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.testing.MigratedDatabase;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database the JDBC adapters' contract tests run on: created fresh and migrated by Flyway once per test JVM, then
 * emptied before every test, so each test sees only what it stored. No Spring context: the adapters are built by
 * hand, as fast as the fakes' runs allow.
 */
public final class ContractDatabase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final MigratedDatabase DATABASE = new MigratedDatabase("leadflow_test_handoff_contract");

    private ContractDatabase() {}

    /** A client on the emptied database. */
    static synchronized JdbcClient empty() {
        return JdbcClient.create(DATABASE.emptied());
    }

    /** The emptied database, for the adapters outside this package that take a DataSource. */
    public static synchronized DataSource emptyDataSource() {
        return DATABASE.emptied();
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
