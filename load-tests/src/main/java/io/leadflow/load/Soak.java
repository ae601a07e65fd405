package io.leadflow.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The soak: one suite under steady mixed load for a given time, sampled every so often ({@link SoakSampler}), each
 * series judged for steady growth ({@link SteadyGrowth}). The load comes in rounds of the fault matrix's baseline: a
 * batch of new leads, each with its profile and engagements, sent at a steady rate; once drained, the sales desk
 * turns down a third of the hand-offs and half of those leads ask for a demo again (rejection, nurturing, recycling);
 * then the checker reads the round's leads back. Rounds follow each other until the time is up.
 *
 * <p>The services run with short retention windows ({@link #RETENTION}): the tables that retention empties (sent
 * outbox rows, consumed event ids, erased leads' tombstones) reach a plateau within minutes, so their steady growth
 * would be a fault. The tables of the leads' own data (contacts, engagements, scores, hand-offs, enrolments) are kept
 * for months by design and grow with every new lead: they are recorded and plotted, not judged.
 */
final class Soak {

    /** The soak's retention: every 20 s, sent outbox rows, consumed event ids and tombstones older than a minute. */
    static final Map<String, Map<String, String>> RETENTION = retention();

    /**
     * What one soak starts and sends.
     *
     * @param matrix the suite (infrastructure, ports, virtual host, seed) and the round's size: its leads and rate
     * @param databasePrefix the suite's databases, {@code <prefix><service>}
     * @param length how long the load runs
     * @param sampleEvery the time between samples
     * @param outDir where the CSV, the charts and the summary go
     */
    record Settings(
            FaultMatrixOptions matrix, String databasePrefix, Duration length, Duration sampleEvery, Path outDir) {}

    /** What a soak found: the report, each round's checker verdict, and the series that grew steadily. */
    record Outcome(SoakReport report, List<ScenarioResult> rounds, List<SoakSeries> growing, String summary) {

        int lost() {
            return rounds.stream().mapToInt(ScenarioResult::lost).sum();
        }

        int unexpected() {
            return rounds.stream().mapToInt(ScenarioResult::unexpected).sum();
        }

        int doubleCounted() {
            return rounds.stream().mapToInt(ScenarioResult::doubleCounted).sum();
        }

        boolean clean() {
            return !rounds.isEmpty() && rounds.stream().allMatch(ScenarioResult::clean);
        }

        boolean passed() {
            return clean() && growing.isEmpty();
        }
    }

    private Soak() {}

    static Outcome run(Settings settings, PrintStream log) throws InterruptedException, IOException {
        SoakReport report = new SoakReport();
        List<ScenarioResult> rounds = new ArrayList<>();
        FaultMatrixOptions options = settings.matrix();
        log.printf(
                "soak: %d s of rounds of %d leads at %d requests/s, a sample every %d s, charts in %s%n",
                settings.length().toSeconds(),
                options.leads(),
                options.rate(),
                settings.sampleEvery().toSeconds(),
                settings.outDir());
        try (FaultMatrix matrix = FaultMatrix.start(options, log, settings.databasePrefix(), RETENTION)) {
            Thread stopper = new Thread(matrix::close, "stop-the-suite");
            Runtime.getRuntime().addShutdownHook(stopper);
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String service : SuiteDatabases.SERVICES) {
                ports.put(service + "-service", matrix.stack().portOf(service + "-service"));
            }
            var config = matrix.stack().config();
            SuiteBroker broker = new SuiteBroker(
                    config.broker().host(),
                    config.broker().port(),
                    config.broker().user(),
                    config.broker().password(),
                    options.embedded() ? "/" : options.vhost());
            SuiteDatabases databases = new SuiteDatabases(config);
            if (!databases.autovacuum()) {
                throw new IllegalStateException("autovacuum is off on this PostgreSQL: the tables under retention"
                        + " could only grow, so the soak would judge the server's settings, not the suite. Turn it on"
                        + " as in production (alter system set autovacuum = on; select pg_reload_conf();)");
            }
            SoakSampler sampler = new SoakSampler(ports, databases, broker, !options.embedded());
            Instant start = Instant.now();
            Instant end = start.plus(settings.length());
            ScheduledExecutorService every = Executors.newSingleThreadScheduledExecutor();
            every.scheduleAtFixedRate(
                    () -> sample(sampler, report, start, log),
                    0,
                    settings.sampleEvery().toMillis(),
                    TimeUnit.MILLISECONDS);
            Duration lastRound = Duration.ZERO;
            try {
                // a round starts only when it can end in time, judging by the last one
                while (rounds.isEmpty() || Instant.now().plus(lastRound).isBefore(end)) {
                    Instant roundStart = Instant.now();
                    ScenarioResult round = matrix.run(Scenario.baseline(), true);
                    lastRound = Duration.between(roundStart, Instant.now());
                    rounds.add(round);
                    log.println(ResultTable.render(List.of(round)));
                }
                Duration rest = Duration.between(Instant.now(), end);
                if (!rest.isNegative()) {
                    Thread.sleep(rest);
                }
            } finally {
                every.shutdown();
                every.awaitTermination(2, TimeUnit.MINUTES);
            }
            sample(sampler, report, start, log);
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        Outcome draft = new Outcome(report, rounds, report.growing(), "");
        String heading = String.format(
                "Soak of %d min (%s infrastructure): %d rounds, %d leads, %d requests accepted at %d requests/s;"
                        + " %d samples, one every %d s; checker: %d lost, %d unexpected, %d double-counted%s",
                settings.length().toMinutes(),
                options.embedded() ? "embedded" : "external",
                rounds.size(),
                rounds.stream().mapToInt(ScenarioResult::leads).sum(),
                rounds.stream().mapToInt(ScenarioResult::accepted).sum(),
                options.rate(),
                report.count(),
                settings.sampleEvery().toSeconds(),
                draft.lost(),
                draft.unexpected(),
                draft.doubleCounted(),
                draft.clean() ? ", every round clean" : ", NOT every round clean");
        String summary = report.write(settings.outDir(), heading);
        return new Outcome(report, rounds, draft.growing(), summary);
    }

    private static void sample(SoakSampler sampler, SoakReport report, Instant start, PrintStream log) {
        try {
            Instant at = Instant.now();
            report.add(Duration.between(start, at).toMillis() / 1000.0, sampler.sample());
        } catch (RuntimeException e) {
            log.println("soak: a sample failed: " + e.getMessage());
        }
    }

    private static Map<String, Map<String, String>> retention() {
        Map<String, String> every = Map.of(
                "LEADFLOW_RETENTION_INTERVAL", "20s",
                "DB_SCHEDULER_POLLING_INTERVAL", "10s",
                "LEADFLOW_RETENTION_RULES_SENT_OUTBOX_KEEP", "1m");
        Map<String, String> consumers = new LinkedHashMap<>(every);
        consumers.put("LEADFLOW_RETENTION_RULES_PROCESSED_EVENTS_KEEP", "1m");
        consumers.put("LEADFLOW_RETENTION_RULES_ERASED_LEADS_KEEP", "1m");
        return Map.of(
                "ingestion-service", every,
                "scoring-service", Map.copyOf(consumers),
                "handoff-service", Map.copyOf(consumers),
                "nurturing-service", Map.copyOf(consumers));
    }
}
