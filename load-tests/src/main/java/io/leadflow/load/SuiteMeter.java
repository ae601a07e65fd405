package io.leadflow.load;

import io.leadflow.deploy.StackConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples what the suite has spent so far ({@link CpuSample}): the CPU of each process from {@code /proc} (the
 * services and the gateway, the harness's children found by their jar; PostgreSQL's backends of the suite's
 * databases and its background processes, found through {@code pg_stat_activity}; the broker, {@code beam.smp}), the
 * suite databases' transactions ({@code pg_stat_database}), SQL statements ({@code pg_stat_statements}, when
 * PostgreSQL loads it) and AMQP messages the services published and consumed (their {@code rabbitmq_*} metrics).
 */
final class SuiteMeter implements AutoCloseable {

    static final String POSTGRESQL = "postgresql";
    static final String POSTGRESQL_BACKGROUND = "postgresql background";
    static final String BROKER = "rabbitmq";
    static final String TRANSACTIONS = "database transactions";
    static final String STATEMENTS = "SQL statements";
    static final String PUBLISHED = "messages published";
    static final String CONSUMED = "messages consumed";

    private static final Pattern JAR = Pattern.compile("/([a-z][a-z-]*)-\\d[^/ ]*-exec\\.jar");
    private static final Set<String> PG_BACKGROUND = Set.of(
            "checkpointer", "background writer", "walwriter", "autovacuum launcher", "logical replication launcher");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final StackConfig config;
    private final Map<String, Integer> metricPorts;
    private final Connection postgres;
    private final List<String> notes = new ArrayList<>();
    private boolean statements = true;

    /** @param metricPorts the HTTP port of each service whose {@code /actuator/prometheus} counts its AMQP messages */
    SuiteMeter(StackConfig config, Map<String, Integer> metricPorts) throws SQLException {
        this.config = config;
        this.metricPorts = Map.copyOf(metricPorts);
        StackConfig.Endpoint db = config.database();
        this.postgres = DriverManager.getConnection(
                "jdbc:postgresql://" + db.host() + ":" + db.port() + "/postgres?ApplicationName=leadflow-meter",
                db.user(),
                db.password());
    }

    /** The services' processes only (the harness's children, by their jar), cheap enough to take every second. */
    CpuSample sampleServices() {
        Map<Long, CpuSample.Ticks> processes = new HashMap<>();
        services(processes);
        return new CpuSample(Instant.now(), processes, Map.of());
    }

    private static void services(Map<Long, CpuSample.Ticks> processes) {
        ProcessHandle.current()
                .descendants()
                .forEach(child -> ProcStat.commandLine(child.pid())
                        .map(JAR::matcher)
                        .filter(Matcher::find)
                        .ifPresent(jar -> put(processes, child.pid(), jar.group(1))));
    }

    /** The suite's JVMs now running as the harness's children, by module name (from their jar). */
    static Map<String, Long> processes() {
        Map<String, Long> pids = new java.util.TreeMap<>();
        ProcessHandle.current()
                .descendants()
                .forEach(child -> ProcStat.commandLine(child.pid())
                        .map(JAR::matcher)
                        .filter(Matcher::find)
                        .ifPresent(jar -> pids.put(jar.group(1), child.pid())));
        return pids;
    }

    /** The body of a service's {@code /actuator/prometheus}, or null when it does not answer. */
    static String prometheusOf(int port) {
        return prometheus(port);
    }

    /** Everything: every process's CPU and every counter that can be read. */
    CpuSample sample() {
        Map<Long, CpuSample.Ticks> processes = new HashMap<>();
        Map<String, Long> counters = new HashMap<>();
        services(processes);
        put(processes, ProcessHandle.current().pid(), PhaseCost.HARNESS);
        for (long pid : ProcStat.pids()) {
            if (ProcStat.command(pid).filter("beam.smp"::equals).isPresent()) {
                put(processes, pid, BROKER);
            }
        }
        try {
            databaseSide(processes, counters);
        } catch (SQLException e) {
            note("PostgreSQL's statistics could not be read: " + e.getMessage());
        }
        long published = 0;
        long consumed = 0;
        boolean read = false;
        for (var service : metricPorts.entrySet()) {
            String metrics = prometheus(service.getValue());
            if (metrics != null) {
                read = true;
                published += metric(metrics, "rabbitmq_published_total");
                consumed += metric(metrics, "rabbitmq_consumed_total");
            }
        }
        if (read) {
            counters.put(PUBLISHED, published);
            counters.put(CONSUMED, consumed);
        }
        return new CpuSample(Instant.now(), processes, counters);
    }

    /** What could not be measured, for the report. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    private void databaseSide(Map<Long, CpuSample.Ticks> processes, Map<String, Long> counters) throws SQLException {
        String prefix = config.databasePrefix();
        String scratch = prefix + "pgbench";
        try (Statement statement = postgres.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select pid, backend_type, datname from pg_stat_activity")) {
                while (rows.next()) {
                    String type = rows.getString(2);
                    String database = rows.getString(3);
                    if (database != null && database.startsWith(prefix) && !database.equals(scratch)) {
                        put(processes, rows.getLong(1), POSTGRESQL);
                    } else if (PG_BACKGROUND.contains(type)) {
                        put(processes, rows.getLong(1), POSTGRESQL_BACKGROUND);
                    }
                }
            }
            try (ResultSet rows =
                    statement.executeQuery("select coalesce(sum(xact_commit + xact_rollback), 0) from pg_stat_database"
                            + " where datname like '" + prefix.replace("_", "\\_") + "%' and datname <> '" + scratch
                            + "'")) {
                rows.next();
                // the harness's own look at scoring's progress runs one transaction per query
                counters.put(TRANSACTIONS, rows.getLong(1) - ScoringProgress.queries());
            }
        }
        if (statements) {
            try (Statement statement = postgres.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select coalesce(sum(s.calls), 0) from pg_stat_statements s join pg_database d"
                                    + " on d.oid = s.dbid where d.datname like '" + prefix.replace("_", "\\_")
                                    + "%' and d.datname <> '" + scratch + "'")) {
                rows.next();
                counters.put(STATEMENTS, rows.getLong(1) - ScoringProgress.queries());
            } catch (SQLException e) {
                statements = false;
                note("SQL statements not counted: pg_stat_statements is not available here ("
                        + e.getMessage().lines().findFirst().orElse("")
                        + "); it needs shared_preload_libraries and CREATE EXTENSION in the postgres"
                        + " database");
            }
        }
    }

    private static void put(Map<Long, CpuSample.Ticks> processes, long pid, String label) {
        OptionalLong ticks = ProcStat.cpuTicks(pid);
        if (ticks.isPresent()) {
            processes.put(pid, new CpuSample.Ticks(label, ticks.getAsLong()));
        }
    }

    private static String prometheus(int port) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The sum of a Prometheus counter over all its label sets, in the text exposition format. */
    static long metric(String exposition, String name) {
        double sum = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                String value = line.substring(line.lastIndexOf(' ') + 1);
                sum += Double.parseDouble(value);
            }
        }
        return Math.round(sum);
    }

    private void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    @Override
    public void close() throws SQLException {
        postgres.close();
    }
}
