package io.leadflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timer library as the service runs it (db-scheduler on PostgreSQL), as two replicas on one database: every timer
 * fires exactly once even when one replica stops halfway, and a timer held by a replica that died (its heartbeat
 * stopped) is taken over. A schema of its own keeps this test apart from the application's timers.
 */
class SlaTimerReplicasIT {

    private static final String TABLE = "replica_it.tasks";
    private static final int TIMERS = 300;

    private final DataSource db = dataSource();
    private final List<Scheduler> started = new ArrayList<>();

    private static DataSource dataSource() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(ItDatabase.URL);
        ds.setUsername(io.leadflow.kernel.testing.LocalDatabases.USER);
        ds.setPassword(io.leadflow.kernel.testing.LocalDatabases.PASSWORD);
        ds.setMaximumPoolSize(12);
        return ds;
    }

    @BeforeEach
    void tables() throws SQLException {
        sql(
                "create schema if not exists replica_it",
                "drop table if exists " + TABLE,
                "drop table if exists replica_it.fired",
                """
                create table %s (task_name text not null, task_instance text not null, task_data bytea,
                    execution_time timestamptz not null, picked boolean not null, picked_by text,
                    last_success timestamptz, last_failure timestamptz, consecutive_failures int,
                    last_heartbeat timestamptz, version bigint not null, priority smallint,
                    primary key (task_name, task_instance))""".formatted(TABLE),
                "create table replica_it.fired (timer text not null, replica text not null)");
    }

    @AfterEach
    void stopAll() {
        started.forEach(Scheduler::stop);
        ((HikariDataSource) db).close();
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private Scheduler replica(String name) {
        OneTimeTask<Void> task = Tasks.oneTime("it-timer").execute((instance, context) -> {
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("insert into replica_it.fired values ('" + instance.getId() + "', '" + name + "')");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Scheduler scheduler = Scheduler.create(db, task)
                .tableName(TABLE)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(4)
                .pollingInterval(Duration.ofMillis(100))
                .heartbeatInterval(Duration.ofMillis(300))
                .missedHeartbeatsLimit(4)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        started.add(scheduler);
        return scheduler;
    }

    private Map<String, Integer> firedByReplica() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select replica, count(*) from replica_it.fired group by replica")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private int count(String query) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void every_timer_fires_exactly_once_on_two_replicas_when_one_stops_halfway() throws SQLException {
        Scheduler a = replica("replica-a");
        Scheduler b = replica("replica-b");
        Instant start = Instant.now();
        OneTimeTask<Void> task = Tasks.oneTime("it-timer").execute((i, c) -> {});
        for (int i = 0; i < TIMERS; i++) {
            a.schedule(task.instance("timer-" + i), start.plusMillis(10L * i));
        }
        a.start();
        b.start();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from replica_it.fired") >= TIMERS / 3);
        a.stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from replica_it.fired") >= TIMERS);

        assertThat(count("select count(distinct timer) from replica_it.fired")).isEqualTo(TIMERS);
        assertThat(count("select count(*) from replica_it.fired")).isEqualTo(TIMERS);
        assertThat(firedByReplica()).containsOnlyKeys("replica-a", "replica-b");
        assertThat(count("select count(*) from " + TABLE)).isZero();
    }

    @Test
    void a_timer_held_by_a_replica_that_died_is_taken_over_once_its_heartbeat_is_overdue() throws SQLException {
        // the row as a replica leaves it when its process dies while executing: picked, heartbeat stopped
        sql("insert into " + TABLE + " (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat,"
                + " version) values ('it-timer', 'orphan', now() - interval '2 minutes', true, 'replica-dead',"
                + " now() - interval '1 minute', 1)");
        replica("replica-b").start();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from replica_it.fired where timer = 'orphan'") == 1);
        assertThat(firedByReplica()).containsExactly(Map.entry("replica-b", 1));
    }
}
