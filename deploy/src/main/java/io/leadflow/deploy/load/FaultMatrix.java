package io.leadflow.deploy.load;

import io.leadflow.deploy.LocalStack;
import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Runs scenarios against one suite it starts: for each, a load of synthetic leads through the gateway, a fault on
 * the way, a drain, the final state read back and checked against the history. {@code main} is the command line
 * behind {@code deploy/load/run}: it prints one table for the whole matrix and exits non-zero when a row fails.
 */
public final class FaultMatrix implements AutoCloseable {

    private static final String READER = "load-checker@leadflow.example";

    /**
     * @param embedded embedded PostgreSQL and AMQP broker (isolated, broker restart possible) or the external ones
     * @param vhost the RabbitMQ virtual host on external infrastructure, so that the run's queues are its own
     * @param apiKey the event source's API key for sending, or null for one an admin of the local issuer creates
     * @param token a reader's bearer token for reading back, or null for the local issuer's
     */
    public record Options(Path home, String version, boolean embedded, int portBase, int leads, long rate,
            long seed, Path outDir, String vhost, String apiKey, String token, int kills, Duration drainTimeout) {

        public static Options defaults(Path home, String version) {
            return new Options(home, version, true, 38080, 200, 100, 42, home.resolve("deploy/target/load"),
                    "leadflow_load", env("LEADFLOW_LOAD_API_KEY"), env("LEADFLOW_LOAD_TOKEN"), 1,
                    Duration.ofMinutes(3));
        }

        public Options sized(int newLeads, long newRate) {
            return new Options(home, version, embedded, portBase, newLeads, newRate, seed, outDir, vhost, apiKey,
                    token, kills, drainTimeout);
        }

        public Options external() {
            return new Options(home, version, false, portBase, leads, rate, seed, outDir, vhost, apiKey, token,
                    kills, drainTimeout);
        }
    }

    private final Options options;
    private final LocalStack stack;
    private final SuiteBroker broker;
    private final SuiteDatabases databases;
    private final SuiteClient anonymous;
    private final SuiteClient sender;
    private final PrintStream log;

    private FaultMatrix(Options options, LocalStack stack, PrintStream log) {
        this.options = options;
        this.stack = stack;
        this.log = log;
        StackConfig config = stack.config();
        this.broker = new SuiteBroker(config.broker().host(), config.broker().port(), config.broker().user(),
                config.broker().password(), options.embedded() ? "/" : options.vhost());
        this.databases = new SuiteDatabases(config);
        this.anonymous = SuiteClient.of(stack.gatewayUrl());
        this.sender = options.apiKey() == null
                ? LocalSignIn.source(LocalSignIn.as(anonymous, READER, LocalSignIn.ADMIN), "load generator")
                : anonymous.withApiKey(options.apiKey());
    }

    /**
     * Who reads the final state back: the given token, or a fresh one from the local issuer, asked for each check
     * because a restarted gateway signs with a new key.
     */
    private SuiteClient reader() {
        return options.token() == null ? LocalSignIn.as(anonymous, READER, LocalSignIn.ADMIN)
                : anonymous.as(options.token());
    }

    /** Starts a fresh suite (fresh databases {@code leadflow_load_*}, a fresh embedded data directory). */
    public static FaultMatrix start(Options options, PrintStream log) {
        Path dataDir = options.outDir().resolve(options.embedded() ? "embedded" : "external");
        deleteRecursively(dataDir);
        StackConfig config = StackConfig.defaults(options.home(), options.version());
        if (options.embedded()) {
            config = config.withEmbeddedInfra();
        }
        config = config.withPortBase(options.portBase()).withDataDir(dataDir).withFreshDatabases("leadflow_load_");
        Map<String, String> env = options.embedded() ? Map.of() : Map.of("LEADFLOW_RABBIT_VHOST", options.vhost());
        log.println("starting the suite on " + (options.embedded() ? "embedded" : "external") + " infrastructure, "
                + "gateway on " + options.portBase() + ", data in " + dataDir);
        return new FaultMatrix(options, LocalStack.start(config, env), log);
    }

    public LocalStack stack() {
        return stack;
    }

    /** Runs one scenario and checks it. */
    public ScenarioResult run(Scenario scenario) throws InterruptedException {
        String tag = scenario.name().replaceAll("[^a-z0-9]", "") + Long.toString(System.nanoTime() % 1_000_000, 36);
        List<SyntheticLeads.Lead> leads = SyntheticLeads.generate(options.seed(), options.leads(), tag);
        // ids of its own per scenario: ingestion answers a known event id as a repeat, whatever its e-mail says
        List<PlannedRequest> requests = PlannedRequest.plan(leads, options.seed() * 31 + tag.hashCode(),
                Instant.now(), false);
        Set<String> dlqBefore = ids(broker.deadLetters());
        Path historyFile = options.outDir().resolve("history").resolve(scenario.name() + ".jsonl");
        log.printf("%s: %d leads, %d requests at %d/s, client %s; history in %s%n", scenario.name(), leads.size(),
                requests.size(), options.rate(), scenario.mode(), historyFile);
        LoadGenerator.Settings settings = LoadGenerator.Settings.at(options.rate());
        if (scenario.mode() == LoadGenerator.ClientMode.RETRYING) {
            settings = settings.retrying();
        }
        try (History history = History.writingTo(historyFile)) {
            LoadGenerator generator = new LoadGenerator(sender, history, settings, Clock.systemUTC());
            Run run = new Run(generator, requests.size());
            Thread fault = Thread.ofPlatform().name("fault-" + scenario.name()).start(() -> {
                try {
                    scenario.fault().inject(run);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    run.notes.add("fault failed: " + e.getMessage());
                }
            });
            Instant started = Instant.now();
            generator.run(requests);
            Duration took = Duration.between(started, Instant.now());
            fault.join();
            log.printf("%s: load sent in %d ms (%.0f requests/s); draining%n", scenario.name(), took.toMillis(),
                    requests.size() * 1000.0 / Math.max(1, took.toMillis()));
            boolean drained = Drain.await(databases, broker, Duration.ofSeconds(8), options.drainTimeout());
            if (!drained) {
                run.notes.add("not drained within " + options.drainTimeout().toSeconds() + " s: " + Drain.lastSeen());
            }
            broker.unconsumed().forEach((queue, depth) -> run.notes.add("queue " + queue + " holds " + depth
                    + " messages and has no consumer"));
            List<Attempt> attempts = history.attempts();
            Map<String, LeadState> state = new FinalState(reader(), databases).read(attempts);
            List<DeadLetter> newLetters = broker.deadLetters().stream()
                    .filter(letter -> !dlqBefore.contains(key(letter))).toList();
            ScenarioResult result = Checker.check(scenario.name(), attempts, state, newLetters, run.poisonIds());
            List<String> notes = new ArrayList<>(run.notes);
            notes.addAll(result.notes());
            return new ScenarioResult(result.scenario(), result.leads(), result.requests(), result.attempts(),
                    result.accepted(), result.refused(), result.unknown(), result.lost(), result.unexpected(),
                    result.doubleCounted(), result.scoreMismatches(), result.qualified(), result.handoffViolations(),
                    result.deadLetters(), result.poisonSent(), result.poisonDeadLettered(),
                    result.idSource(), notes);
        }
    }

    /** A running scenario, as its fault sees it. */
    public final class Run {

        private final LoadGenerator generator;
        private final int requests;
        private final List<String> notes = new CopyOnWriteArrayList<>();
        private final Set<String> poison = java.util.concurrent.ConcurrentHashMap.newKeySet();

        private Run(LoadGenerator generator, int requests) {
            this.generator = generator;
            this.requests = requests;
        }

        /** Waits until this share of the requests has started (or all of them). */
        public void awaitShare(double share) throws InterruptedException {
            long target = Math.min(requests, Math.round(requests * share));
            while (generator.started() < target) {
                Thread.sleep(50);
            }
        }

        /** {@code kill -9} of each module at once, then all started again together, each ready again. */
        public void killAndRestart(String... modules) throws InterruptedException {
            Instant killed = Instant.now();
            long at = generator.started();
            for (String module : modules) {
                stack.kill(module);
            }
            List<Thread> restarts = new ArrayList<>();
            for (String module : modules) {
                restarts.add(Thread.ofPlatform().name("restart-" + module).start(() -> stack.restart(module)));
            }
            for (Thread restart : restarts) {
                restart.join();
            }
            notes.add("killed " + String.join(" and ", modules) + " at request " + at + ", ready again after "
                    + Duration.between(killed, Instant.now()).toMillis() + " ms");
        }

        /** Stops and starts the embedded broker. */
        public void restartBroker() {
            Instant stopped = Instant.now();
            long at = generator.started();
            stack.restartEmbeddedBroker();
            notes.add("restarted the broker at request " + at + " in "
                    + Duration.between(stopped, Instant.now()).toMillis() + " ms");
        }

        /** Stops and starts the embedded PostgreSQL. */
        public void restartDatabase() {
            Instant stopped = Instant.now();
            long at = generator.started();
            stack.restartEmbeddedDatabase();
            notes.add("restarted PostgreSQL at request " + at + " in "
                    + Duration.between(stopped, Instant.now()).toMillis() + " ms");
        }

        /** Publishes poison messages and waits (up to a minute) until each is dead-lettered; notes how long. */
        public void poison(int messages) throws InterruptedException {
            Map<String, Instant> sent = new LinkedHashMap<>();
            for (int i = 0; i < messages; i++) {
                String id = broker.publishPoison();
                poison.add(id);
                sent.put(id, Instant.now());
            }
            Instant deadline = Instant.now().plusSeconds(60);
            long slowest = -1;
            while (Instant.now().isBefore(deadline)) {
                Set<String> dead = new HashSet<>();
                broker.deadLetters().forEach(letter -> dead.add(letter.eventId()));
                if (dead.containsAll(sent.keySet())) {
                    slowest = sent.values().stream().mapToLong(t -> Duration.between(t, Instant.now()).toMillis())
                            .max().orElse(0);
                    break;
                }
                Thread.sleep(250);
            }
            notes.add(slowest < 0 ? "poison: not all " + messages + " dead-lettered within 60 s"
                    : "poison: all " + messages + " dead-lettered within " + slowest + " ms (retry budget 4 "
                            + "attempts, back-off 0.5 s x3 up to 10 s: about 6.5 s)");
        }

        Set<String> poisonIds() {
            return Set.copyOf(poison);
        }
    }

    @Override
    public void close() {
        stack.close();
    }

    private static Set<String> ids(List<DeadLetter> letters) {
        Set<String> ids = new HashSet<>();
        letters.forEach(letter -> ids.add(key(letter)));
        return ids;
    }

    private static String key(DeadLetter letter) {
        return letter.queue() + "/" + letter.eventId();
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code deploy/load/run [--infra embedded|external] [--leads N] [--rate R] [--seed S] [--kills K]
     * [--scenarios a,b,...] [--port-base P] [--vhost V] [--home DIR] [--version V]}.
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path home = Path.of("").toAbsolutePath();
        String version = FaultMatrix.class.getPackage().getImplementationVersion();
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            given.put(args[i], args[i + 1]);
        }
        if (given.containsKey("--home")) {
            home = Path.of(given.get("--home")).toAbsolutePath();
        }
        version = given.getOrDefault("--version", version);
        Options defaults = Options.defaults(home, version);
        Options options = new Options(home, version,
                !"external".equals(given.getOrDefault("--infra", "embedded")),
                Integer.parseInt(given.getOrDefault("--port-base", Integer.toString(defaults.portBase()))),
                Integer.parseInt(given.getOrDefault("--leads", Integer.toString(defaults.leads()))),
                Long.parseLong(given.getOrDefault("--rate", Long.toString(defaults.rate()))),
                Long.parseLong(given.getOrDefault("--seed", Long.toString(defaults.seed()))),
                Path.of(given.getOrDefault("--out", defaults.outDir().toString())),
                given.getOrDefault("--vhost", defaults.vhost()), defaults.apiKey(), defaults.token(),
                Integer.parseInt(given.getOrDefault("--kills", "1")), defaults.drainTimeout());
        List<Scenario> all = Scenario.catalogue(options.kills(), options.embedded());
        List<Scenario> chosen = all;
        if (given.containsKey("--scenarios")) {
            Set<String> names = Set.of(given.get("--scenarios").split(","));
            chosen = all.stream().filter(s -> names.stream().anyMatch(n -> s.name().startsWith(n))).toList();
        }
        List<ScenarioResult> results = new ArrayList<>();
        try (FaultMatrix matrix = start(options, out)) {
            // Ctrl-C or SIGTERM: the services run in their own sessions and would outlive this JVM
            Thread stopper = new Thread(matrix::close, "stop-the-suite");
            Runtime.getRuntime().addShutdownHook(stopper);
            for (Scenario scenario : chosen) {
                results.add(matrix.run(scenario));
                out.println(ResultTable.render(results.subList(results.size() - 1, results.size())));
            }
        }
        String table = ResultTable.render(results);
        out.println();
        out.println(table);
        Files.writeString(options.outDir().resolve("fault-matrix.txt"), table);
        System.exit(results.stream().allMatch(ScenarioResult::clean) ? 0 : 1);
    }
}
