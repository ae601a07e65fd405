package io.leadflow.load.upgrade;

import io.leadflow.load.FaultMatrix;
import io.leadflow.load.FaultMatrixCommand;
import io.leadflow.load.FaultMatrixOptions;
import io.leadflow.load.FaultRun;
import io.leadflow.load.LoadGenerator;
import io.leadflow.load.ResultTable;
import io.leadflow.load.Scenario;
import io.leadflow.load.ScenarioResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A rolling upgrade under load, from the previous release to the current build, on one suite the fault matrix
 * started (the current version, whose Flyway migrations have run). Beside each current service a replica runs the
 * previous release's jar on the same database and queues; the previous version must start against the newer schema.
 * Then, while the load runs:
 *
 * <ol>
 *   <li>the current scoring, hand-off and nurturing processes stop: the previous release alone consumes what the
 *       current ingestion (behind the gateway) publishes, as before the roll began;
 *   <li>they start again beside the previous release: both versions consume the same queues and relay the same
 *       outboxes;
 *   <li>the previous release's processes stop gracefully one at a time (ingestion, scoring, hand-off, nurturing),
 *       leaving the current version alone.
 * </ol>
 *
 * The sales desk then decides hand-offs on the current version, and the checker compares the history with the final
 * state as in every scenario: nothing lost, unexpected or counted twice, nothing dead-lettered.
 */
public final class RollingUpgrade {

    /** The consumers the current version takes away first and brings back beside the previous one. */
    private static final String[] CONSUMERS = {"scoring-service", "handoff-service", "nurturing-service"};

    private RollingUpgrade() {}

    /**
     * {@code deploy/load/run --upgrade [--leads N] [--rate R] [--port-base P] [--maven-repo DIR] ...} (the fault
     * matrix's options): builds the previous release's jars when they are not built yet, runs the roll, prints the
     * row, writes it to {@code rolling-upgrade.txt} in the output directory and exits 1 when it is not clean.
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> given = FaultMatrixCommand.arguments(args);
        FaultMatrixOptions options = FaultMatrixCommand.options(given);
        PreviousRelease release = PreviousRelease.recordedIn(options.home());
        Path repository = Path.of(given.getOrDefault(
                "--maven-repo",
                System.getProperty(
                        "maven.repo.local",
                        Path.of(System.getProperty("user.home"), ".m2", "repository")
                                .toString())));
        Map<String, Path> jars = release.jars(repository, out);
        ScenarioResult result;
        try (FaultMatrix matrix = FaultMatrix.start(options, out)) {
            Thread stopper = new Thread(matrix::close, "stop-the-suite");
            Runtime.getRuntime().addShutdownHook(stopper);
            result = run(matrix, release, jars, out);
        }
        String table = ResultTable.render(List.of(result));
        out.println();
        out.println(table);
        Files.writeString(options.outDir().resolve("rolling-upgrade.txt"), table);
        System.exit(result.clean() ? 0 : 1);
    }

    /**
     * Starts the previous release beside each service of {@code matrix}'s suite, runs the roll with load and returns
     * the checked result; {@code jars} are the previous release's by module.
     */
    public static ScenarioResult run(
            FaultMatrix matrix, PreviousRelease release, Map<String, Path> jars, PrintStream log)
            throws InterruptedException {
        Path home = matrix.stack().config().home();
        for (String module : PreviousRelease.MODULES) {
            log.printf(
                    "%s: the current schema has %d migrations the previous release does not know%n",
                    module, migrations(home, module) - migrations(release.directory(), module));
        }
        Map<String, String> previous = startPrevious(matrix, jars);
        log.println("previous release " + release.commit() + " running beside the current suite: " + previous.values());
        ScenarioResult result = matrix.run(scenario(previous), true);
        List<String> notes = new ArrayList<>();
        notes.add("previous release " + release.commit().substring(0, 12) + " started beside the current suite as "
                + String.join(", ", previous.values()));
        notes.addAll(result.notes());
        return result.withNotes(notes);
    }

    /** The roll as a scenario of the matrix: its fault is the order in which processes stop and start. */
    static Scenario scenario(Map<String, String> previous) {
        return new Scenario("rolling-upgrade", LoadGenerator.ClientMode.ONCE, run -> roll(run, previous));
    }

    private static void roll(FaultRun run, Map<String, String> previous) throws InterruptedException {
        // starting the current consumers again takes 20 to 45 s on 2 cores: early, so the old ones stop under load
        run.awaitShare(0.05);
        run.stop(CONSUMERS);
        run.awaitShare(0.1);
        run.start(CONSUMERS);
        double share = 0.6;
        for (String module : PreviousRelease.MODULES) {
            run.awaitShare(share);
            run.stop(previous.get(module));
            share += 0.1;
        }
    }

    /** One replica of each module from the previous release's jar, started together; their names by module. */
    private static Map<String, String> startPrevious(FaultMatrix matrix, Map<String, Path> jars)
            throws InterruptedException {
        Map<String, String> names = new ConcurrentHashMap<>();
        Map<String, RuntimeException> failures = new ConcurrentHashMap<>();
        List<Thread> starts = new ArrayList<>();
        for (String module : PreviousRelease.MODULES) {
            starts.add(Thread.ofPlatform().name("previous-" + module).start(() -> {
                try {
                    names.put(module, matrix.stack().faults().startReplica(module, jars.get(module)));
                } catch (RuntimeException e) {
                    failures.put(module, e);
                }
            }));
        }
        for (Thread start : starts) {
            start.join();
        }
        if (!failures.isEmpty()) {
            Map.Entry<String, RuntimeException> first =
                    failures.entrySet().iterator().next();
            throw new IllegalStateException(
                    "the previous release's " + first.getKey() + " did not start against the "
                            + "current schema and queues: " + first.getValue().getMessage(),
                    first.getValue());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        PreviousRelease.MODULES.forEach(module -> ordered.put(module, names.get(module)));
        return ordered;
    }

    private static long migrations(Path root, String module) {
        Path dir = root.resolve(module).resolve("src/main/resources/db/migration");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("V.*\\.sql"))
                    .count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }
}
