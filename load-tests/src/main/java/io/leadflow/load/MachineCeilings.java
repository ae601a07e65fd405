package io.leadflow.load;

import com.rabbitmq.client.ConnectionFactory;
import io.leadflow.deploy.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's own ceilings that the benchmark sets the suite's figures against: PostgreSQL with pgbench (TPC-B) in
 * a scratch database, and the broker with RabbitMQ's PerfTest (persistent messages, publisher confirms, one quorum
 * queue). Each returns -1 for a figure it could not read.
 */
final class MachineCeilings {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern PERF_SENT = Pattern.compile("sending rate avg: ([0-9]+) msg/s");
    private static final Pattern PERF_RECEIVED = Pattern.compile("receiving rate avg: ([0-9]+) msg/s");

    private MachineCeilings() {}

    static double pgbench(StackConfig config, PrintStream out) throws IOException, InterruptedException {
        Matcher tps = TPS.matcher(pgbenchRun(config, out, List.of("-c", "8", "-j", "2", "-T", "20")));
        return tps.find() ? Double.parseDouble(tps.group(1)) : -1;
    }

    /**
     * One client running pgbench's select-only script (a primary-key read per transaction) for 10 s: the average
     * latency in ms of one query round trip to PostgreSQL on this machine, the floor under any page that reads it.
     */
    static double pgbenchSelectLatency(StackConfig config, PrintStream out) throws IOException, InterruptedException {
        Matcher latency = LATENCY.matcher(pgbenchRun(config, out, List.of("-S", "-c", "1", "-j", "1", "-T", "10")));
        return latency.find() ? Double.parseDouble(latency.group(1)) : -1;
    }

    /** pgbench with these options on a scratch database initialised at scale 10, dropped afterwards; its output. */
    private static String pgbenchRun(StackConfig config, PrintStream out, List<String> options)
            throws IOException, InterruptedException {
        StackConfig.Endpoint db = config.database();
        String scratch = "leadflow_load_pgbench";
        admin(config, "drop database if exists " + scratch + " with (force)");
        admin(config, "create database " + scratch);
        try {
            List<String> common = List.of("-h", db.host(), "-p", Integer.toString(db.port()), "-U", db.user());
            run(out, concat(List.of("/usr/bin/pgbench", "-i", "-q", "-s", "10"), common, List.of(scratch)), db);
            List<String> command = new ArrayList<>(List.of("/usr/bin/pgbench"));
            command.addAll(options);
            return run(out, concat(command, common, List.of(scratch)), db);
        } finally {
            admin(config, "drop database if exists " + scratch + " with (force)");
        }
    }

    static double[] perfTest(StackConfig config, String vhost, String classpath, PrintStream out)
            throws IOException, InterruptedException {
        if (classpath == null || classpath.isBlank()) {
            out.println("PerfTest: no --perftest-cp given; skipped");
            return new double[] {-1, -1};
        }
        StackConfig.Endpoint broker = config.broker();
        String uri = "amqp://" + broker.user() + ":" + broker.password() + "@" + broker.host() + ":" + broker.port()
                + "/" + (vhost.equals("/") ? "%2F" : vhost);
        String java = ProcessHandle.current().info().command().orElse("java");
        String result = run(
                out,
                List.of(
                        java,
                        "-Xmx256m",
                        "-cp",
                        classpath,
                        "com.rabbitmq.perf.PerfTest",
                        "--uri",
                        uri,
                        "-x",
                        "1",
                        "-y",
                        "1",
                        "-f",
                        "persistent",
                        "-c",
                        "100",
                        "-z",
                        "20",
                        "--quorum-queue",
                        "--queue",
                        "leadflow-load-perftest",
                        "-s",
                        "200"),
                null);
        deleteQueue(config, vhost, "leadflow-load-perftest");
        Matcher sent = PERF_SENT.matcher(result);
        Matcher received = PERF_RECEIVED.matcher(result);
        return new double[] {
            sent.find() ? Double.parseDouble(sent.group(1)) : -1,
            received.find() ? Double.parseDouble(received.group(1)) : -1
        };
    }

    private static void deleteQueue(StackConfig config, String vhost, String queue) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(config.broker().host());
        factory.setPort(config.broker().port());
        factory.setUsername(config.broker().user());
        factory.setPassword(config.broker().password());
        factory.setVirtualHost(vhost);
        try (var connection = factory.newConnection();
                var channel = connection.createChannel()) {
            channel.queueDelete(queue);
        } catch (Exception e) {
            // left behind in the harness's own virtual host; harmless
        }
    }

    private static String run(PrintStream out, List<String> command, StackConfig.Endpoint db)
            throws IOException, InterruptedException {
        out.println("$ " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (db != null && db.password() != null && !db.password().isEmpty()) {
            builder.environment().put("PGPASSWORD", db.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        output.lines()
                .filter(line -> line.contains("tps") || line.contains("rate avg") || line.contains("latency"))
                .forEach(line -> out.println("  " + line));
        return output;
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static void admin(StackConfig config, String sql) {
        StackConfig.Endpoint db = config.database();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://" + db.host() + ":" + db.port() + "/postgres", db.user(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
