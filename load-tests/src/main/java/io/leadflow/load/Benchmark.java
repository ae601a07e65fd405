package io.leadflow.load;

import io.leadflow.deploy.ConsolePeople;
import io.leadflow.deploy.LocalStack;
import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * [--warmup 8000] [--in-flight 64]}.
 */
public final class Benchmark {

    private static final String BENCHMARK_ADMIN = "benchmark@leadflow.example";

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            given.put(args[i], args[i + 1]);
        }
        Path home = Path.of(given.getOrDefault("--home", "")).toAbsolutePath();
        String version =
                given.getOrDefault("--version", Benchmark.class.getPackage().getImplementationVersion());
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

        try (LocalStack stack = LocalStack.start(
                config,
                ConsolePeople.withRoles(Map.of(BENCHMARK_ADMIN, LocalSignIn.ADMIN)),
                embedded ? Map.of() : Map.of("LEADFLOW_RABBIT_VHOST", vhost),
                Map.of())) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-the-suite"));
            // the ceilings with the suite started and idle, as the suite's figures below
            double pgTps = MachineCeilings.pgbench(config, out);
            figures.put("pgbench TPC-B tps (8 clients, 20 s)", format(pgTps));
            double[] perf = MachineCeilings.perfTest(config, vhost, given.get("--perftest-cp"), out);
            figures.put(
                    "PerfTest persistent+confirms, 1 quorum queue, msg/s sent / received",
                    format(perf[0]) + " / " + format(perf[1]));

            SuiteClient client = LocalSignIn.source(
                    LocalSignIn.as(
                            SuiteClient.of(stack.gatewayUrl()),
                            stack.identityUrl(),
                            BENCHMARK_ADMIN,
                            stack.people().person(BENCHMARK_ADMIN).password()),
                    "benchmark");
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

            // 0. warm-up, not measured: the services' JIT compiles the hot paths (as in a long-running pod)
            if (warmup > 0) {
                long warmBefore = ScoringProgress.scoredCount(config);
                CpuSample warmCost = ledger.begin();
                History warmHistory = History.inMemory();
                send(client, warmHistory, 5_000, inFlight, plan(4, warmup / 9, "warm"));
                long warmAccepted =
                        accepted(warmHistory).size() + BatchLoad.send(client, plan(5, warmup / 9, "warmb"), 1_000, 2);
                ScoringProgress.awaitScored(config, warmBefore + warmAccepted, Duration.ofMinutes(5));
                ledger.end("warm-up, singles then batches", warmAccepted, warmCost);
                out.printf("warm-up: %d events, singles and batches, not measured%n", warmAccepted);
            }

            // 1. singles, as fast as the client gets answers: accepted/s and accepted -> scored events/s
            int leads = Math.max(1, events / 9);
            List<PlannedRequest> singles = plan(1, leads, "bench1");
            long scoredBefore = ScoringProgress.scoredCount(config);
            CpuSample singlesCost = ledger.begin();
            Instant start = Instant.now();
            History history = History.inMemory();
            send(client, history, 5_000, inFlight, singles);
            Instant sent = Instant.now();
            long accepted = accepted(history).size();
            Instant scored = ScoringProgress.awaitScored(config, scoredBefore + accepted, Duration.ofMinutes(5));
            ledger.end("singles, " + inFlight + " in flight", accepted, singlesCost);
            double acceptRate =
                    accepted * 1000.0 / Duration.between(start, sent).toMillis();
            double endToEnd =
                    accepted * 1000.0 / Duration.between(start, scored).toMillis();
            out.printf(
                    "singles: %d requests, %d accepted in %d ms (%.0f/s); all scored after %d ms (%.0f/s)%n",
                    singles.size(),
                    accepted,
                    Duration.between(start, sent).toMillis(),
                    acceptRate,
                    Duration.between(start, scored).toMillis(),
                    endToEnd);
            figures.put("singles: requests / accepted", singles.size() + " / " + accepted);
            figures.put(
                    "singles: accepted per second through the gateway (" + inFlight + " in flight)",
                    format(acceptRate));
            figures.put("singles: end to end, accepted -> scored, events/s", format(endToEnd));
            figures.put("singles end to end / PerfTest received", ratio(endToEnd, perf[1]));

            // 2. batches of 1,000 engagements, 4 requests in flight: accepted/s and accepted -> scored events/s
            List<PlannedRequest> batched = plan(3, leads * 5, "bench3");
            long batchScoredBefore = ScoringProgress.scoredCount(config);
            CpuSample batchCost = ledger.begin();
            Instant batchStart = Instant.now();
            long batchAccepted = BatchLoad.send(client, batched, 1_000, 4);
            Instant batchSent = Instant.now();
            Instant batchScored =
                    ScoringProgress.awaitScored(config, batchScoredBefore + batchAccepted, Duration.ofMinutes(5));
            ledger.end("batches of 1,000, 4 in flight", batchAccepted, batchCost);
            double batchAcceptRate = batchAccepted
                    * 1000.0
                    / Duration.between(batchStart, batchSent).toMillis();
            double batchEndToEnd = batchAccepted
                    * 1000.0
                    / Duration.between(batchStart, batchScored).toMillis();
            out.printf(
                    "batches: %d events, %d accepted in %d ms (%.0f/s); all scored after %d ms (%.0f/s)%n",
                    batched.size(),
                    batchAccepted,
                    Duration.between(batchStart, batchSent).toMillis(),
                    batchAcceptRate,
                    Duration.between(batchStart, batchScored).toMillis(),
                    batchEndToEnd);
            figures.put("batches of 1,000: events / accepted", batched.size() + " / " + batchAccepted);
            figures.put(
                    "batches: accepted events per second through the gateway (4 in flight)", format(batchAcceptRate));
            figures.put("batches: end to end, accepted -> scored, events/s", format(batchEndToEnd));

            // 3. latency at each fixed rate: sent -> scoring's processed_event row (its transaction's time)
            // seeds of their own: a seed used above would plan the same event ids, answered as repeats
            int seed = 10;
            for (long rate : rates) {
                fixedRate(config, client, ledger, rate, seconds, seed++, perf[1], figures);
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

    /** The engagements of {@code leads} synthetic leads (at least one), each lead's in turn; no profiles. */
    private static List<PlannedRequest> plan(int seed, int leads, String tag) {
        return PlannedRequest.plan(SyntheticLeads.generate(seed, Math.max(1, leads), tag), seed, Instant.now(), false);
    }

    /** Sends each request once, at most {@code rate} a second and {@code inFlight} at a time, into the history. */
    private static void send(
            SuiteClient client, History history, long rate, int inFlight, List<PlannedRequest> requests)
            throws InterruptedException {
        new LoadGenerator(
                        client,
                        history,
                        new LoadGenerator.Settings(
                                rate, inFlight, LoadGenerator.ClientMode.ONCE, 1, Duration.ofSeconds(30)),
                        Clock.systemUTC())
                .run(requests);
    }

    private static List<Attempt> accepted(History history) {
        return history.attempts().stream()
                .filter(a -> a.outcome() == Outcome.ACCEPTED)
                .toList();
    }

    /** Paced requests at {@code rate} for {@code seconds}; latency = scoring's transaction time - the client's send. */
    private static void fixedRate(
            StackConfig config,
            SuiteClient client,
            CostLedger ledger,
            long rate,
            int seconds,
            int seed,
            double perfReceived,
            Map<String, String> figures)
            throws Exception {
        List<PlannedRequest> paced = plan(seed, (int) (rate * seconds / 9), "bench" + seed);
        History pacedHistory = History.inMemory();
        long before = ScoringProgress.scoredCount(config);
        CpuSample cost = ledger.begin();
        Instant pacedStart = Instant.now();
        send(client, pacedHistory, rate, 256, paced);
        double pacedRate = paced.size()
                * 1000.0
                / Duration.between(pacedStart, Instant.now()).toMillis();
        List<Attempt> acceptedPaced = accepted(pacedHistory);
        ScoringProgress.awaitScored(config, before + acceptedPaced.size(), Duration.ofMinutes(10));
        ledger.end("fixed rate " + rate + "/s", acceptedPaced.size(), cost);
        Map<String, Instant> processed = ScoringProgress.processedAt(config);
        List<Long> latencies = new ArrayList<>();
        for (Attempt attempt : acceptedPaced) {
            Instant at = processed.get(attempt.requestId());
            if (at != null) {
                latencies.add(Duration.between(attempt.sentAt(), at).toMillis());
            }
        }
        latencies.sort(Long::compare);
        String at = "fixed rate " + rate + "/s: ";
        figures.put(at + "requests / accepted", paced.size() + " / " + acceptedPaced.size());
        figures.put(at + "achieved requests/s", format(pacedRate));
        figures.put(
                at + "event -> scored latency p50 / p95 / p99 / max (ms), n=" + latencies.size(),
                pct(latencies, 50) + " / " + pct(latencies, 95) + " / " + pct(latencies, 99) + " / "
                        + (latencies.isEmpty() ? "-" : latencies.getLast()));
        figures.put(at + "achieved / PerfTest received", ratio(pacedRate, perfReceived));
    }

    private static String pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return Long.toString(sorted.get(Math.max(0, index)));
    }

    private static String format(double value) {
        return value < 0 ? "not measured" : String.format("%.0f", value);
    }

    private static String ratio(double figure, double ceiling) {
        return ceiling <= 0 ? "-" : String.format("%.1f %%", 100 * figure / ceiling);
    }
}
