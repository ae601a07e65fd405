package io.leadflow.load;

import io.leadflow.deploy.ConsolePeople;
import io.leadflow.deploy.LocalStack;
import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.demo.Demo;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The performance runs (not tests): in one run on one machine, first the machine's own ceilings (PostgreSQL with
 * pgbench, the broker with RabbitMQ's PerfTest, persistent messages and publisher confirms), then the suite's
 * end-to-end throughput (events accepted by the gateway until scored, one event per request and in batches of 1,000)
 * and the event-to-score latency at a fixed rate,
 * each also as a ratio to those ceilings; and for every phase where the CPU went, per process and per event, with the
 * database transactions and broker messages per event ({@link CostLedger}). Prints a Markdown section for
 * docs/benchmarks.md and writes the CPU table to {@code load-tests/target/load/cpu-per-event.md}. In bench mode the
 * services run with a JFR recording each ({@code deploy/target/load/<module>.jfr}, see {@code load-tests/run}).
 *
 * <p>{@code deploy/load/run --bench [--infra external|embedded] [--events 6000] [--rate 200,1000] [--seconds 30]
 * [--warmup 8000] [--in-flight 64] [--predictive N]}. With {@code --predictive N} the fixed rates give way to
 * {@link PredictiveComparison}: the demo's history of N leads trains a predictive version, and the singles and batches
 * run with the predictive score off, then on.
 */
public final class Benchmark {

    private static final String BENCHMARK_ADMIN = "benchmark@leadflow.example";

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> given = FaultMatrixCommand.arguments(args);
        Path home = FaultMatrixCommand.home(given);
        String version = FaultMatrixCommand.version(given);
        boolean embedded = "embedded".equals(given.getOrDefault("--infra", "external"));
        String vhost = embedded ? "/" : given.getOrDefault("--vhost", "leadflow_load");
        int events = Integer.parseInt(given.getOrDefault("--events", "6000"));
        List<Long> rates = Arrays.stream(given.getOrDefault("--rate", "200").split(","))
                .map(String::trim)
                .map(Long::parseLong)
                .toList();
        int warmup = Integer.parseInt(given.getOrDefault("--warmup", "8000"));
        int seconds = Integer.parseInt(given.getOrDefault("--seconds", "30"));
        int portBase = Integer.parseInt(given.getOrDefault("--port-base", "25080"));
        // single requests in flight at once: fewer keep a busy machine out of the gateway's time-outs and breaker
        int inFlight = Integer.parseInt(given.getOrDefault("--in-flight", "64"));
        Path outDir = home.resolve("load-tests/target/load");
        Path dataDir = outDir.resolve("bench-" + (embedded ? "embedded" : "external"));
        FaultMatrix.deleteRecursively(dataDir);

        StackConfig config = StackConfig.defaults(home, version);
        if (embedded) {
            config = config.withEmbeddedInfra();
        }
        config = config.withPortBase(portBase).withDataDir(dataDir).withFreshDatabases("leadflow_load_");
        Map<String, String> figures = new LinkedHashMap<>();
        SuiteMeter meter = null;
        CostLedger costs = null;

        // --predictive N: the demo's history of N leads first, then the phases with the predictive score off and on
        int predictiveHistory = Integer.parseInt(given.getOrDefault("--predictive", "0"));
        Map<String, String> people = new LinkedHashMap<>(predictiveHistory > 0 ? Demo.people() : Map.of());
        people.put(BENCHMARK_ADMIN, LocalSignIn.ADMIN);

        try (Demo demo = predictiveHistory > 0 ? Demo.prepare(portBase, config.gatewayUrl(), out) : null;
                LocalStack stack = LocalStack.start(
                        config,
                        ConsolePeople.withRoles(people),
                        embedded ? Map.of() : Map.of("LEADFLOW_RABBIT_VHOST", vhost),
                        demo == null ? Map.of() : predictiveEnvironment(demo))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-the-suite"));
            // the ceilings with the suite started and idle, as the suite's figures below
            double pgTps = MachineCeilings.pgbench(config, out);
            figures.put("pgbench TPC-B tps (8 clients, 20 s)", EndToEnd.format(pgTps));
            double[] perf = MachineCeilings.perfTest(config, vhost, given.get("--perftest-cp"), out);
            figures.put(
                    "PerfTest persistent+confirms, 1 quorum queue, msg/s sent / received",
                    EndToEnd.format(perf[0]) + " / " + EndToEnd.format(perf[1]));

            SuiteClient gateway = SuiteClient.of(stack.gatewayUrl());
            Map<String, String> passwords = stack.people().passwords();
            Function<String, SuiteClient> signIn =
                    email -> LocalSignIn.as(gateway, stack.identityUrl(), email, passwords.get(email));
            SuiteClient client = LocalSignIn.source(signIn.apply(BENCHMARK_ADMIN), "benchmark");
            SuiteDatabases databases = new SuiteDatabases(config);
            Map<String, Integer> servicePorts = new LinkedHashMap<>();
            for (String module :
                    List.of("ingestion-service", "scoring-service", "handoff-service", "nurturing-service")) {
                servicePorts.put(module, stack.portOf(module));
            }
            meter = new SuiteMeter(config, servicePorts);
            CostLedger ledger = new CostLedger(meter);
            costs = ledger;
            ledger.idle(Duration.ofSeconds(10));

            EndToEnd phases = new EndToEnd(config, client, ledger, inFlight, perf[1], figures, out);
            PredictiveComparison predictive = null;
            if (demo != null) {
                // the demo's history first, so that its reps work only its own hand-offs
                predictive = new PredictiveComparison(config, signIn.apply(BENCHMARK_ADMIN), figures, out);
                predictive.trainOnHistory(demo, gateway, signIn, predictiveHistory);
            }
            // 0. warm-up, not measured: the services' JIT compiles the hot paths (as in a long-running pod)
            if (warmup > 0) {
                phases.warmUp(warmup);
            }
            int leads = Math.max(1, events / 9);
            if (predictive != null) {
                // the predictive score off, then on
                predictive.compare(phases, leads);
            } else {
                // 1. singles, as fast as the client gets answers: accepted/s and accepted -> scored events/s
                phases.singles("", 1, leads);
                // 2. batches of 1,000 engagements, 4 requests in flight: accepted/s and accepted -> scored events/s
                phases.batches("", 3, leads * 5);
                // 3. latency at each fixed rate: sent -> scoring's processed_event row (its transaction's time)
                // seeds of their own: a seed used above would plan the same event ids, answered as repeats
                int seed = 10;
                for (long rate : rates) {
                    phases.fixedRate(rate, seconds, seed++);
                }
            }
            figures.put("outbox backlog after the runs", Long.toString(databases.outboxBacklog()));
        } finally {
            if (meter != null) {
                meter.close();
            }
        }
        StringBuilder section = new StringBuilder();
        section.append("| figure | value |\n|---|---|\n");
        figures.forEach((name, value) ->
                section.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        out.println();
        if (costs != null) {
            // where the CPU went, per phase: its own file, which docs/benchmarks.md quotes
            section.append("\n").append(costs.table());
            costs.write(outDir.resolve("cpu-per-event.md"));
        }
        out.println(section);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("benchmark.md"), section.toString());
    }

    /**
     * The demo's settings (its inbox, its HubSpot secret, training on few outcomes), and no AUC floor: the comparison
     * measures what predicting costs, whatever the version's quality (docs/predictive-scoring.md judges that).
     */
    private static Map<String, Map<String, String>> predictiveEnvironment(Demo demo) {
        Map<String, Map<String, String>> environment = new LinkedHashMap<>(demo.environment());
        Map<String, String> scoring = new LinkedHashMap<>(environment.getOrDefault("scoring-service", Map.of()));
        scoring.put("LEADFLOW_PREDICTIVE_AUCFLOOR", "0");
        environment.put("scoring-service", scoring);
        return environment;
    }
}
