package io.leadflow.load;

import io.leadflow.deploy.ConsolePeople;
import io.leadflow.deploy.LocalStack;
import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs scenarios against one suite it starts: for each, a load of synthetic leads through the gateway, a fault on
 * the way, a drain, the final state read back and checked against the history. {@code main} is the command line
 * behind {@code deploy/load/run}: it prints one table for the whole matrix and exits non-zero when a row fails.
 */
public final class FaultMatrix implements AutoCloseable {

    private static final String READER = "load-checker@leadflow.example";
    /** Who may sign in to the suite: the reader (an admin, who also creates the load's API key) and the rep. */
    private static final ConsolePeople PEOPLE = ConsolePeople.withRoles(
            new TreeMap<>(Map.of(READER, LocalSignIn.ADMIN, SalesDesk.REP, LocalSignIn.SALES_REP)));

    private final FaultMatrixOptions options;
    private final LocalStack stack;
    private final InfraFaults faults;
    private final SuiteBroker broker;
    private final SuiteDatabases databases;
    private final SuiteClient anonymous;
    private final SuiteClient sender;
    private final PrintStream log;
    /** Every poison message this run's scenarios sent: the only messages allowed to stay in a DLQ. */
    private final Set<String> poisonSent = new HashSet<>();
    /** Whether a rep decides hand-offs: only where this harness can sign in as one (no token given). */
    private final boolean salesDesk;

    private FaultMatrix(FaultMatrixOptions options, LocalStack stack, InfraFaults faults, PrintStream log) {
        this.options = options;
        this.stack = stack;
        this.faults = faults;
        this.log = log;
        StackConfig config = stack.config();
        this.broker = new SuiteBroker(
                config.broker().host(),
                config.broker().port(),
                config.broker().user(),
                config.broker().password(),
                options.embedded() ? "/" : options.vhost());
        this.databases = new SuiteDatabases(config);
        broker.withDeadLetterTables(databases);
        this.anonymous = SuiteClient.of(stack.gatewayUrl());
        this.sender = options.apiKey() == null
                ? LocalSignIn.source(signIn(READER), "load generator")
                : anonymous.withApiKey(options.apiKey());
        this.salesDesk = options.token() == null;
        log.println(
                salesDesk
                        ? SalesDesk.hireRep(reader())
                        : "sales: a token was given, no rep to sign in as; no hand-off is decided");
    }

    /** Who reads the final state back: the given token, or the reader signed in at the local identity provider. */
    private SuiteClient reader() {
        return options.token() == null ? signIn(READER) : anonymous.as(options.token());
    }

    /** The gateway as one of {@link #PEOPLE}, signed in at the stack's identity provider with their password. */
    private SuiteClient signIn(String email) {
        return LocalSignIn.as(
                anonymous,
                stack.identityUrl(),
                email,
                stack.people().person(email).password());
    }

    /** Starts a fresh suite (fresh databases {@code leadflow_load_*}, a fresh embedded data directory). */
    public static FaultMatrix start(FaultMatrixOptions options, PrintStream log) {
        return start(options, log, "leadflow_load_", Map.of());
    }

    /**
     * Starts a fresh suite on fresh databases named {@code <databasePrefix><service>}, with more environment for
     * single modules (merged with the proxied service's own, which wins).
     */
    public static FaultMatrix start(
            FaultMatrixOptions options,
            PrintStream log,
            String databasePrefix,
            Map<String, Map<String, String>> moduleEnvironment) {
        Path dataDir = options.outDir().resolve(options.embedded() ? "embedded" : "external");
        deleteRecursively(dataDir);
        StackConfig config = StackConfig.defaults(options.home(), options.version());
        if (options.embedded()) {
            config = config.withEmbeddedInfra();
        }
        config = config.withPortBase(options.portBase()).withDataDir(dataDir).withFreshDatabases(databasePrefix);
        Map<String, String> env = options.embedded() ? Map.of() : Map.of("LEADFLOW_RABBIT_VHOST", options.vhost());
        log.println("starting the suite on " + (options.embedded() ? "embedded" : "external") + " infrastructure, "
                + "gateway on " + options.portBase() + ", data in " + dataDir + "; " + options.proxied()
                + " reaches PostgreSQL and the broker through proxies on "
                + (options.portBase() + InfraFaults.DATABASE_LINK_OFFSET) + " and "
                + (options.portBase() + InfraFaults.BROKER_LINK_OFFSET));
        InfraFaults faults = InfraFaults.open(config, options.proxied());
        try {
            Map<String, Map<String, String>> modules = new LinkedHashMap<>();
            moduleEnvironment.forEach((module, vars) -> modules.put(module, new LinkedHashMap<>(vars)));
            faults.environment()
                    .forEach((module, vars) -> modules.computeIfAbsent(module, m -> new LinkedHashMap<>())
                            .putAll(vars));
            return new FaultMatrix(options, LocalStack.start(config, PEOPLE, env, modules), faults, log);
        } catch (RuntimeException e) {
            faults.close();
            throw e;
        }
    }

    public LocalStack stack() {
        return stack;
    }

    /** The gateway as an admin (the reader), for what an operator does during a scenario. */
    SuiteClient admin() {
        return reader();
    }

    /** Runs one scenario and checks it, with the sales desk deciding its hand-offs afterwards. */
    public ScenarioResult run(Scenario scenario) throws InterruptedException {
        return run(scenario, true);
    }

    /**
     * Runs one scenario and checks it; {@code decideHandoffs} false leaves the hand-offs undecided (no rejection, no
     * nurturing, no recycle to check), which saves a second drain.
     */
    public ScenarioResult run(Scenario scenario, boolean decideHandoffs) throws InterruptedException {
        String tag = scenario.name().replaceAll("[^a-z0-9]", "") + Long.toString(System.nanoTime() % 1_000_000, 36);
        List<SyntheticLeads.Lead> leads = SyntheticLeads.generate(options.seed(), options.leads(), tag);
        // ids of its own per scenario: ingestion answers a known event id as a repeat, whatever its e-mail says
        List<PlannedRequest> requests =
                PlannedRequest.plan(leads, options.seed() * 31 + tag.hashCode(), Instant.now(), true);
        Set<String> dlqBefore = ids(broker.deadLetters());
        Path historyFile = options.outDir().resolve("history").resolve(scenario.name() + ".jsonl");
        log.printf(
                "%s: %d leads, %d requests at %d/s, client %s; history in %s%n",
                scenario.name(), leads.size(), requests.size(), options.rate(), scenario.mode(), historyFile);
        LoadGenerator.Settings settings = LoadGenerator.Settings.at(options.rate());
        if (scenario.mode() == LoadGenerator.ClientMode.RETRYING) {
            settings = settings.retrying();
        }
        try (History history = History.writingTo(historyFile)) {
            LoadGenerator generator = new LoadGenerator(sender, history, settings, Clock.systemUTC());
            FaultRun run = new FaultRun(generator, requests.size(), stack, faults, broker, databases);
            Thread fault = Thread.ofPlatform().name("fault-" + scenario.name()).start(() -> {
                try {
                    scenario.fault().inject(run);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    run.notes().add("fault failed: " + e.getMessage());
                }
            });
            Instant started = Instant.now();
            generator.run(requests);
            Duration took = Duration.between(started, Instant.now());
            fault.join();
            log.printf(
                    "%s: load sent in %d ms (%.0f requests/s); draining%n",
                    scenario.name(), took.toMillis(), requests.size() * 1000.0 / Math.max(1, took.toMillis()));
            boolean drained = Drain.await(databases, broker, Duration.ofSeconds(8), options.drainTimeout());
            if (!drained) {
                run.notes().add("not drained within " + options.drainTimeout().toSeconds() + " s: " + Drain.lastSeen());
            }
            Map<String, SalesDesk.Decision> decisions = Map.of();
            if (drained && salesDesk && decideHandoffs) {
                FinalState reading = new FinalState(reader(), databases);
                Map<String, String> leadIds = new LinkedHashMap<>();
                reading.read(history.attempts()).values().stream()
                        .filter(LeadState::qualified)
                        .forEach(state -> leadIds.put(state.email(), state.leadId()));
                decisions = new SalesDesk(signIn(SalesDesk.REP), options.seed() + tag.hashCode(), run.notes())
                        .work(
                                leadIds,
                                new LoadGenerator(
                                        sender, history, LoadGenerator.Settings.at(options.rate()), Clock.systemUTC()));
                if (!Drain.await(databases, broker, Duration.ofSeconds(8), options.drainTimeout())) {
                    run.notes()
                            .add("not drained after the sales decisions within "
                                    + options.drainTimeout().toSeconds() + " s: " + Drain.lastSeen());
                }
            }
            broker.unconsumed()
                    .forEach((queue, depth) ->
                            run.notes().add("queue " + queue + " holds " + depth + " messages and has no consumer"));
            List<Attempt> attempts = history.attempts();
            FinalState finalState = new FinalState(reader(), databases);
            Map<String, LeadState> state = finalState.read(attempts);
            List<DeadLetter> newLetters = broker.deadLetters().stream()
                    .filter(letter -> !dlqBefore.contains(key(letter)))
                    .toList();
            Map<String, SyntheticLeads.Person> profiles = new LinkedHashMap<>();
            leads.forEach(lead -> profiles.put(lead.person().email(), lead.person()));
            Set<String> twice = new HashSet<>();
            decisions.values().stream().filter(SalesDesk.Decision::reEngaged).forEach(d -> twice.add(d.email()));
            ScenarioResult result = Checker.check(
                    scenario.name(),
                    attempts,
                    state,
                    newLetters,
                    run.poisonIds(),
                    new Checker.Expectations(profiles, twice));
            List<String> lifecycleNotes = new ArrayList<>();
            ScenarioResult.Lifecycle lifecycle = LifecycleChecker.check(
                    attempts, state, finalState.followUps(state), profiles, decisions, lifecycleNotes);
            List<String> notes = new ArrayList<>(run.notes());
            notes.addAll(result.notes());
            notes.addAll(lifecycleNotes);
            poisonSent.addAll(run.poisonIds());
            List<String> dlqNotes = new ArrayList<>();
            int healthy = HealthyDeadLetters.count(broker.deadLetters(moreDeadLetterQueues()), poisonSent, dlqNotes);
            return new ScenarioResult(
                            result.scenario(),
                            result.leads(),
                            result.requests(),
                            result.attempts(),
                            result.accepted(),
                            result.refused(),
                            result.unknown(),
                            result.lost(),
                            result.unexpected(),
                            result.doubleCounted(),
                            result.scoreMismatches(),
                            result.qualified(),
                            result.handoffViolations(),
                            result.deadLetters(),
                            result.poisonSent(),
                            result.poisonDeadLettered(),
                            0,
                            lifecycle,
                            result.idSource(),
                            notes)
                    .withHealthyInDlq(healthy, dlqNotes);
        }
    }

    /** On external infrastructure, every {@code *.dlq} the run's virtual host holds, as RabbitMQ lists them. */
    private List<String> moreDeadLetterQueues() {
        return options.embedded() ? List.of() : RabbitNode.deadLetterQueues(options.vhost());
    }

    @Override
    public void close() {
        try {
            stack.close();
        } finally {
            faults.close();
        }
    }

    private static Set<String> ids(List<DeadLetter> letters) {
        Set<String> ids = new HashSet<>();
        letters.forEach(letter -> ids.add(key(letter)));
        return ids;
    }

    private static String key(DeadLetter letter) {
        return letter.queue() + "/" + letter.eventId();
    }

    /** Removes a run's data directory and everything in it (no-op when it does not exist). */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + dir + ": " + e.getMessage(), e);
        }
    }
}
