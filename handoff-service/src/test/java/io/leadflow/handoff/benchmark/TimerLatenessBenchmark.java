package io.leadflow.handoff.benchmark;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import io.leadflow.kernel.testing.LocalDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Timer lateness (fired at minus due at) of db-scheduler with the service's settings (10 threads, lock-and-fetch
 * polling every 1 s, 10 s heartbeat) when 10,000 timers are pending and come due over one minute; each execution writes one row, as the SLA
 * use case does. Not a test. Arguments: pending timers (10000), spread in seconds (60), how many of them come due in the spread (all).
 */
public final class TimerLatenessBenchmark {

    private TimerLatenessBenchmark() {}

    public static void main(String[] args) throws Exception {
        int timers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int spread = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int due = args.length > 2 ? Integer.parseInt(args[2]) : timers;
        HikariDataSource db = new HikariDataSource();
        db.setJdbcUrl(LocalDatabases.recreate("leadflow_test_handoff"));
        db.setUsername(LocalDatabases.USER);
        db.setPassword(LocalDatabases.PASSWORD);
        db.setMaximumPoolSize(10);
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("""
                    create table scheduled_tasks (task_name text not null, task_instance text not null,
                        task_data bytea, execution_time timestamptz not null, picked boolean not null, picked_by text,
                        last_success timestamptz, last_failure timestamptz, consecutive_failures int,
                        last_heartbeat timestamptz, version bigint not null, priority smallint,
                        primary key (task_name, task_instance))""");
            s.execute("create index execution_time_idx on scheduled_tasks (execution_time)");
            s.execute("create table fired (timer text primary key, late_ms double precision)");
        }
        Queue<Double> lateness = new ConcurrentLinkedQueue<>();
        OneTimeTask<Void> task = Tasks.oneTime("sla-timer").execute((instance, context) -> {
            double late = Duration.between(context.getExecution().executionTime, Instant.now())
                            .toNanos()
                    / 1e6;
            lateness.add(late);
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("insert into fired values ('" + instance.getId() + "', " + late + ")");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Scheduler scheduler = Scheduler.create(db, task)
                .threads(10)
                .pollingInterval(Duration.ofSeconds(1))
                .pollUsingLockAndFetch(0.5, 3.0)
                .heartbeatInterval(Duration.ofSeconds(10))
                .missedHeartbeatsLimit(6)
                .build();
        // the pending ones (due in a day) in one batch, then the ones that come due, far enough ahead that scheduling
        // them (one insert each) is over before the first is due
        List<com.github.kagkarlsson.scheduler.task.TaskInstance<?>> pending = new ArrayList<>();
        for (int i = due; i < timers; i++) {
            pending.add(task.instance("t" + i));
        }
        scheduler.scheduleBatch(pending, Instant.now().plusSeconds(86_400));
        Instant first = Instant.now().plusSeconds(5).plusMillis(20L * due);
        for (int i = 0; i < due; i++) {
            scheduler.schedule(task.instance("t" + i), first.plusMillis((long) spread * 1000 * i / due));
        }
        if (Instant.now().isAfter(first)) {
            throw new IllegalStateException("scheduling took longer than planned; the first timers are late already");
        }
        scheduler.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(spread + 120L);
        while (lateness.size() < due && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        scheduler.stop();
        db.close();
        List<Double> all = new ArrayList<>(lateness);
        System.err.println("RESULT timer lateness, " + timers + " pending, " + due + " due over " + spread + " s: "
                + Percentiles.summary(all));
        System.exit(0);
    }
}
