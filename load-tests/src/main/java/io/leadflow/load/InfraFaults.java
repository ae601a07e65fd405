package io.leadflow.load;

import io.leadflow.deploy.StackConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The faults below the services. One service (scoring by default, the busiest consumer) reaches PostgreSQL and the
 * broker through a {@link FaultyLink} each, so that its network can be slowed or frozen while the others' is not. On
 * external infrastructure, the local RabbitMQ node and PostgreSQL cluster themselves can be restarted with their own
 * tools ({@code rabbitmqctl}, {@code pg_ctlcluster}); those servers are shared with whatever else runs on the
 * machine, so only the command line does that, never CI.
 */
public final class InfraFaults implements AutoCloseable {

    static final int DATABASE_LINK_OFFSET = 12;
    static final int BROKER_LINK_OFFSET = 13;
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    private final String proxied;
    private final FaultyLink database;
    private final FaultyLink broker;

    private InfraFaults(String proxied, FaultyLink database, FaultyLink broker) {
        this.proxied = proxied;
        this.database = database;
        this.broker = broker;
    }

    /**
     * Opens the links for {@code proxied} (a module name) on {@code portBase + 12} (PostgreSQL) and {@code + 13}
     * (broker), before the suite starts.
     */
    public static InfraFaults open(StackConfig config, String proxied) {
        FaultyLink database = FaultyLink.open(
                "PostgreSQL",
                config.portBase() + DATABASE_LINK_OFFSET,
                config.database().host(),
                config.database().port());
        try {
            FaultyLink broker = FaultyLink.open(
                    "broker",
                    config.portBase() + BROKER_LINK_OFFSET,
                    config.broker().host(),
                    config.broker().port());
            return new InfraFaults(proxied, database, broker);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The proxied service's environment: its database and broker ports are the links'. */
    public Map<String, Map<String, String>> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LEADFLOW_DB_HOST", "localhost");
        env.put("LEADFLOW_DB_PORT", Integer.toString(database.port()));
        env.put("LEADFLOW_RABBIT_HOST", "localhost");
        env.put("LEADFLOW_RABBIT_PORT", Integer.toString(broker.port()));
        return Map.of(proxied, env);
    }

    public String proxied() {
        return proxied;
    }

    public FaultyLink database() {
        return database;
    }

    public FaultyLink broker() {
        return broker;
    }

    /** {@code rabbitmqctl stop_app}, {@code start_app}, {@code await_startup}: the local node restarted. */
    static String restartRabbitMq() {
        Instant start = Instant.now();
        run("rabbitmqctl", "-q", "stop_app");
        run("rabbitmqctl", "-q", "start_app");
        run("rabbitmqctl", "-q", "await_startup");
        return "restarted the local RabbitMQ node (stop_app, start_app, await_startup) in "
                + Duration.between(start, Instant.now()).toMillis() + " ms";
    }

    /** {@code pg_ctlcluster <version> main restart -m fast}: the local cluster restarted, connections cut. */
    static String restartPostgres() {
        String version = clusterVersion();
        Instant start = Instant.now();
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart", "-m", "fast");
        return "restarted the local PostgreSQL " + version + " cluster (pg_ctlcluster restart -m fast) in "
                + Duration.between(start, Instant.now()).toMillis() + " ms";
    }

    private static String clusterVersion() {
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(p -> p.getFileName().toString())
                    .sorted()
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("no cluster under /etc/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("no local PostgreSQL cluster to restart: " + e.getMessage(), e);
        }
    }

    /** Runs a command to its end (two minutes at most) and returns what it printed; fails on a non-zero exit. */
    static String run(String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", line) + " did not finish within " + COMMAND_TIMEOUT.toSeconds() + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", line) + " failed (" + process.exitValue() + "): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", line) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", line), e);
        }
    }

    @Override
    public void close() {
        database.close();
        broker.close();
    }
}
