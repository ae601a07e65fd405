package io.leadflow.load.timers;

import io.leadflow.deploy.ConsolePeople;
import io.leadflow.deploy.LocalStack;
import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.demo.NotificationInbox;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.load.FaultMatrix;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The timer proof: starts the suite on embedded infrastructure with a second hand-off and a second nurturing
 * replica, sets up a team and a nurture track through the public API, brings in enough leads that the hand-offs'
 * reminders and breaches plus the rejected leads' nurture steps come to the requested count of timers (half the
 * leads left alone until they breach, half rejected by their rep into nurturing), kills one replica of each service
 * with {@code kill -9} while the timers run (or jumps their wall clocks, or takes the reps' webhook receiver down while
 * the leads qualify: {@link TimerFault}), waits until every timer was due and the survivors had time to take over,
 * and judges every effect at the webhooks: exactly once, missed, doubled, redelivered, unexpected, and how late.
 */
public final class TimerProof implements AutoCloseable {

    static final int INBOX_OFFSET = 12;

    private final TimerProofOptions options;
    private final LocalStack stack;
    private final NotificationInbox inbox;
    private final ReceiverOutage receiver;
    private final ClockJump clock;
    private final TimerLedger ledger;
    private final List<String> replicas;
    private final PrintStream log;
    private Instant killedAt = Instant.now();

    private TimerProof(
            TimerProofOptions options,
            LocalStack stack,
            NotificationInbox inbox,
            ClockJump clock,
            TimerLedger ledger,
            List<String> replicas,
            PrintStream log) {
        this.options = options;
        this.stack = stack;
        this.inbox = inbox;
        this.receiver = new ReceiverOutage(inbox, options.portBase() + INBOX_OFFSET, ledger);
        this.clock = clock;
        this.ledger = ledger;
        this.replicas = replicas;
        this.log = log;
    }

    /** Starts the inbox, a fresh suite (databases {@code leadflow_timers_*}) and one more replica of each service. */
    public static TimerProof start(TimerProofOptions options, PrintStream log) throws IOException {
        Path dataDir = options.outDir().resolve("embedded");
        FaultMatrix.deleteRecursively(dataDir);
        TimerLedger ledger = new TimerLedger(TimerTeam.REMIND_AT_PERCENT);
        ClockJump clock = options.fault().jumpsClocks() ? ClockJump.prepare(dataDir.resolve("clock-offset")) : null;
        Map<String, String> replicaEnvironment = clock == null ? Map.of() : clock.environment();
        Duration readyWithin = clock == null ? LocalStack.READY_TIMEOUT : ClockJump.READY_WITHIN;
        NotificationInbox inbox = NotificationInbox.start(options.portBase() + INBOX_OFFSET, Clock.systemUTC(), ledger);
        StackConfig config = StackConfig.defaults(options.home(), options.version())
                .withEmbeddedInfra()
                .withPortBase(options.portBase())
                .withDataDir(dataDir)
                .withFreshDatabases("leadflow_timers_");
        log.println("timers: starting the suite on embedded infrastructure, gateway on " + options.portBase()
                + ", data and logs in " + dataDir);
        LocalStack stack;
        try {
            stack = LocalStack.start(
                    config,
                    ConsolePeople.withRoles(TimerTeam.people()),
                    options.environment(inbox.url("marketing")),
                    Map.of());
        } catch (RuntimeException e) {
            inbox.close();
            throw e;
        }
        try {
            List<String> replicas = new ArrayList<>();
            List<Thread> starting = new ArrayList<>();
            for (String module : List.of("handoff-service", "nurturing-service")) {
                starting.add(Thread.ofPlatform().name("replica-" + module).start(() -> {
                    String name = stack.faults().startReplica(module, replicaEnvironment, readyWithin);
                    synchronized (replicas) {
                        replicas.add(name);
                    }
                }));
            }
            for (Thread thread : starting) {
                thread.join();
            }
            if (replicas.size() != 2) {
                throw new IllegalStateException("a replica did not start; see the logs in " + dataDir);
            }
            replicas.sort(Comparator.naturalOrder());
            log.println("timers: replicas " + replicas + " are up beside the first processes");
            return new TimerProof(options, stack, inbox, clock, ledger, List.copyOf(replicas), log);
        } catch (RuntimeException | InterruptedException e) {
            stack.close();
            inbox.close();
            throw new IllegalStateException("the suite did not start: " + e.getMessage(), e);
        }
    }

    /** Runs the proof once and judges it. */
    public TimerReport run() throws InterruptedException {
        Instant began = Instant.now();
        SuiteClient gateway = SuiteClient.of(stack.gatewayUrl());
        Function<String, SuiteClient> signIn = email -> LocalSignIn.as(
                gateway,
                stack.identityUrl(),
                email,
                stack.people().person(email).password());
        SuiteClient admin = signIn.apply(TimerTeam.ADMIN);
        SuiteClient marketing = signIn.apply(TimerTeam.MARKETING);
        SuiteClient source = LocalSignIn.source(admin, "timer proof");
        TimerTeam team = TimerTeam.seed(
                signIn,
                admin,
                marketing,
                inbox,
                options.acceptWithin(),
                options.steps(),
                options.firstStepDelay(),
                options.stepDelay());
        int perRole = options.leadsPerRole();
        List<String> emails = new ArrayList<>();
        String tag = Long.toString(began.getEpochSecond(), 36);
        for (int i = 0; i < 2 * perRole; i++) {
            emails.add("lead" + i + "-" + tag + "@company" + (i % 40) + ".timer-proof.example");
        }
        Set<String> toReject = new HashSet<>();
        for (int i = 1; i < emails.size(); i += 2) {
            toReject.add(emails.get(i));
        }
        log.printf(
                "timers: %d leads (%d left to breach: 2 timers each; %d rejected into a %d-step track), %d timers;"
                        + " sending at %d/s%n",
                emails.size(), perRole, perRole, options.steps(), options.expectedTimers(), options.rate());
        try (SalesReps reps = new SalesReps(ledger, team, log)) {
            reps.start();
            Duration outage = Duration.ZERO;
            if (options.fault() == TimerFault.RECEIVER_DOWN) {
                receiver.downFor(options.receiverDown());
                // the first deliveries fail at once; the last is retried by the service's schedule after the outage
                outage = ReceiverOutage.lastRetryAfter(ReceiverOutage.HANDOFF_RETRY_DELAYS, options.receiverDown())
                        .plusSeconds(30);
                killedAt = Instant.now().plus(outage);
                log.printf(
                        "timers: the reps' webhook receiver is down for %d s; the last retry is due within %d s%n",
                        options.receiverDown().toSeconds(), outage.toSeconds());
            }
            Map<String, String> leadIds = LeadIntake.send(source, emails, options.rate());
            Set<String> rejectLeads = new HashSet<>();
            leadIds.forEach((email, lead) -> {
                if (toReject.contains(email)) {
                    rejectLeads.add(lead);
                }
            });
            reps.expect(leadIds.values(), rejectLeads);
            Instant sent = Instant.now();
            log.printf(
                    "timers: %d of %d leads accepted by ingestion in %d s; waiting for their hand-offs%n",
                    leadIds.size(),
                    emails.size(),
                    Duration.between(began, Instant.now()).toSeconds());
            // each rejection follows its own hand-off within moments; the pipeline may take a while to hand all over
            reps.awaitSettled(
                    Instant.now().plus(options.acceptWithin()).plus(outage).plusSeconds(120));
            ReplicaFaults faults = new ReplicaFaults(options, stack, ledger, replicas, clock, log);
            String kill = switch (options.fault()) {
                case KILL -> faults.kill();
                case CLOCK_FORWARD -> faults.jumpClocks(options.clockJump());
                case CLOCK_BACKWARD -> faults.jumpClocks(options.clockJump().negated());
                case RECEIVER_DOWN -> receiver.describe();
            };
            if (options.fault() != TimerFault.RECEIVER_DOWN) {
                killedAt = faults.at();
            }
            Supplier<Expectations> expectations = () -> Expectations.of(
                    leadIds.values(), rejectLeads, reps, options, sent, HeldAtKill.enrolment(stack.config()));
            awaitEffects(expectations, outage);
            Expectations expected = expectations.get();
            List<String> notes = new ArrayList<>();
            notes.add(String.format(
                    "%d leads, %d accepted by ingestion; %d hand-offs announced, %d rejected (%d after"
                            + " their reminder was due); replicas %s; %s",
                    emails.size(),
                    leadIds.size(),
                    reps.announced(),
                    reps.rejected(),
                    expected.lateRejections(),
                    replicas,
                    kill));
            notes.add("took " + Duration.between(began, Instant.now()).toSeconds() + " s from set-up to verdict;"
                    + " lateness is arrival at the webhook minus the due time");
            if (ledger.unreadable() > 0) {
                notes.add(ledger.unreadable() + " notifications were not JSON");
            }
            DeliveryTally deliveries = DeliveryTally.of(leadIds.values(), ledger.announcements());
            notes.add(deliveries.render());
            return TimerReport.judge(expected.expected(), expected.allowed(), ledger.snapshot(), notes)
                    .requiring(deliveries.everyDeliveryArrived());
        }
    }

    /** Until every expected effect arrived and the survivors had time to take over and redeliver, or the deadline. */
    private void awaitEffects(Supplier<Expectations> expectations, Duration outage) throws InterruptedException {
        Instant nextLog = Instant.now();
        // however late nurturing enrols: a bound, so that a lead it never enrols ends the wait too
        Instant cap = Instant.now()
                .plus(options.acceptWithin())
                .plus(options.firstStepDelay())
                .plus(options.stepDelay().multipliedBy(options.steps()))
                .plus(options.drainTimeout().multipliedBy(2))
                .plus(outage);
        while (true) {
            Expectations expected = expectations.get();
            Instant settled =
                    latest(expected.lastDue(), killedAt.plus(options.settle())).plusSeconds(10);
            Instant deadline = latest(expected.lastDue().plus(options.drainTimeout()), settled);
            if (!Instant.now().isBefore(deadline) || !Instant.now().isBefore(cap)) {
                return;
            }
            long missing = expected.expected().stream()
                    .filter(effect -> !ledger.has(effect))
                    .count();
            if (missing == 0 && !Instant.now().isBefore(settled)) {
                return;
            }
            if (!Instant.now().isBefore(nextLog)) {
                log.printf(
                        "timers: %d of %d expected effects arrived; last due %s, settled at %s%n",
                        expected.expected().size() - missing,
                        expected.expected().size(),
                        expected.lastDue(),
                        settled);
                nextLog = Instant.now().plusSeconds(15);
            }
            Thread.sleep(1000);
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public void close() {
        stack.close();
        receiver.close();
    }

    /** {@code deploy/load/run --timers [--count 10000] [--steps 4] [--rate 40] [--port-base 26080] ...}. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TimerProofOptions options;
        try {
            options = TimerProofOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("timers: " + e.getMessage());
            System.exit(2);
            return;
        }
        TimerReport report;
        try (TimerProof proof = start(options, out)) {
            Thread stopper = new Thread(proof::close, "stop-the-suite");
            Runtime.getRuntime().addShutdownHook(stopper);
            report = proof.run();
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        String table = report.render();
        out.println();
        out.println(table);
        Files.createDirectories(options.outDir());
        Files.writeString(options.outDir().resolve("timer-proof.txt"), table);
        System.exit(report.clean() ? 0 : 1);
    }
}
