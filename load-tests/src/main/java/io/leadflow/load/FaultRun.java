package io.leadflow.load;

import io.leadflow.deploy.LocalStack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A running scenario, as its fault sees it: how far the load is, and the faults it can inject into the suite that
 * {@link FaultMatrix} started, each leaving a note of what it did and what it saw.
 */
public final class FaultRun {

    /** How long a watched service is still watched after its fault ended: does it recover? */
    private static final Duration AFTERMATH = Duration.ofSeconds(10);
    /** After a long outage: the consumers back off up to 30 s between attempts, so readiness may take that long. */
    private static final Duration OUTAGE_AFTERMATH = Duration.ofSeconds(40);

    private final LoadGenerator generator;
    private final LocalStack stack;
    private final InfraFaults faults;
    private final SuiteBroker broker;
    private final SuiteDatabases databases;
    private final int requests;
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final Set<String> poison = ConcurrentHashMap.newKeySet();

    FaultRun(
            LoadGenerator generator,
            int requests,
            LocalStack stack,
            InfraFaults faults,
            SuiteBroker broker,
            SuiteDatabases databases) {
        this.generator = generator;
        this.databases = databases;
        this.requests = requests;
        this.stack = stack;
        this.faults = faults;
        this.broker = broker;
    }

    List<String> notes() {
        return notes;
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
            stack.faults().kill(module);
        }
        List<Thread> restarts = new ArrayList<>();
        for (String module : modules) {
            restarts.add(Thread.ofPlatform()
                    .name("restart-" + module)
                    .start(() -> stack.faults().restart(module)));
        }
        for (Thread restart : restarts) {
            restart.join();
        }
        notes.add("killed " + String.join(" and ", modules) + " at request " + at + ", ready again after "
                + Duration.between(killed, Instant.now()).toMillis() + " ms");
    }

    /**
     * Stops these processes (modules or replicas) gracefully one after the other, as an orchestrator takes pods away;
     * none is started again.
     */
    public void stop(String... processes) {
        for (String process : processes) {
            Instant stopping = Instant.now();
            long at = generator.started();
            stack.faults().stop(process);
            notes.add("stopped " + process + " at request " + at + " in "
                    + Duration.between(stopping, Instant.now()).toMillis() + " ms");
        }
    }

    /** Starts these stopped modules again together, returns once each is ready. */
    public void start(String... modules) throws InterruptedException {
        Instant starting = Instant.now();
        long at = generator.started();
        List<Thread> starts = new ArrayList<>();
        for (String module : modules) {
            starts.add(Thread.ofPlatform()
                    .name("start-" + module)
                    .start(() -> stack.faults().restart(module)));
        }
        for (Thread start : starts) {
            start.join();
        }
        notes.add("started " + String.join(" and ", modules) + " at request " + at + ", ready after "
                + Duration.between(starting, Instant.now()).toMillis() + " ms");
    }

    /** Stops and starts the embedded broker. */
    public void restartBroker() {
        Instant stopped = Instant.now();
        long at = generator.started();
        stack.faults().restartEmbeddedBroker();
        notes.add("restarted the broker at request " + at + " in "
                + Duration.between(stopped, Instant.now()).toMillis() + " ms");
    }

    /** Stops and starts the embedded PostgreSQL. */
    public void restartDatabase() {
        Instant stopped = Instant.now();
        long at = generator.started();
        stack.faults().restartEmbeddedDatabase();
        notes.add("restarted PostgreSQL at request " + at + " in "
                + Duration.between(stopped, Instant.now()).toMillis() + " ms");
    }

    /**
     * Slows the proxied service's link to PostgreSQL ({@code database}) or to the broker: every chunk of bytes
     * waits {@code min} to {@code max} either way, for {@code lasting}; then notes what the service did.
     */
    public void slowLink(boolean database, Duration min, Duration max, Duration lasting) throws InterruptedException {
        FaultyLink link = database ? faults.database() : faults.broker();
        ServiceWatch watch = watch();
        long at = generator.started();
        link.delay(min, max);
        try {
            Thread.sleep(lasting);
        } finally {
            link.noDelay();
        }
        notes.add("delayed " + faults.proxied() + "'s " + link.name() + " link by " + min.toMillis() + "-"
                + max.toMillis() + " ms each way for " + lasting.toSeconds() + " s, requests " + at + " to "
                + generator.started() + ", " + link.connections() + " connections through it");
        Thread.sleep(AFTERMATH);
        notes.add(watch.summary());
    }

    /** Freezes the proxied service's link to PostgreSQL or the broker for {@code lasting}, then thaws it. */
    public void freezeLink(boolean database, Duration lasting) throws InterruptedException {
        FaultyLink link = database ? faults.database() : faults.broker();
        ServiceWatch watch = watch();
        long at = generator.started();
        link.freeze();
        try {
            Thread.sleep(lasting);
        } finally {
            link.thaw();
        }
        notes.add("froze " + faults.proxied() + "'s " + link.name() + " link (" + link.connections()
                + " connections) for " + lasting.toSeconds() + " s from request " + at + ", thawed at request "
                + generator.started());
        Thread.sleep(AFTERMATH);
        notes.add(watch.summary());
    }

    /**
     * The proxied service's database gone for {@code lasting}: its connections through the link closed and new ones
     * refused, then the link restored; notes what its readiness probe and log showed, until a while after.
     */
    public void databaseOutage(Duration lasting) throws InterruptedException {
        FaultyLink link = faults.database();
        ServiceWatch watch = ServiceWatch.readinessOf(
                faults.proxied(), stack.portOf(faults.proxied()), stack.logOf(faults.proxied()));
        long at = generator.started();
        int open = link.connections();
        link.cut();
        try {
            Thread.sleep(lasting);
        } finally {
            link.restore();
        }
        notes.add("cut " + faults.proxied() + "'s " + link.name() + " link (" + open + " connections closed, new "
                + "ones refused) for " + lasting.toSeconds() + " s from request " + at + ", restored at request "
                + generator.started());
        Thread.sleep(OUTAGE_AFTERMATH);
        notes.add(watch.summary());
    }

    /**
     * The broker gone for {@code lasting}: the embedded one stopped and started again, or on external infrastructure
     * the local RabbitMQ node's application ({@code stop_app}, {@code start_app}); notes the proxied service's
     * readiness meanwhile.
     */
    public void brokerOutage(Duration lasting, boolean embedded) throws InterruptedException {
        ServiceWatch watch = ServiceWatch.readinessOf(
                faults.proxied(), stack.portOf(faults.proxied()), stack.logOf(faults.proxied()));
        long at = generator.started();
        if (embedded) {
            stack.faults().stopEmbeddedBroker();
            try {
                Thread.sleep(lasting);
            } finally {
                Instant starting = Instant.now();
                stack.faults().startEmbeddedBroker();
                notes.add("stopped the embedded broker at request " + at + " for " + lasting.toSeconds()
                        + " s; started again in "
                        + Duration.between(starting, Instant.now()).toMillis() + " ms");
            }
        } else {
            notes.add("at request " + at + ": " + RabbitNode.stopFor(lasting));
        }
        Thread.sleep(OUTAGE_AFTERMATH);
        notes.add(watch.summary());
    }

    /**
     * The local RabbitMQ node's free-disk alarm raised for {@code lasting}, blocking every publisher, then cleared;
     * notes how many outbox rows were waiting for the broker when it cleared (accepted, kept, not yet published).
     */
    public void diskAlarm(Duration lasting) throws InterruptedException {
        ServiceWatch watch = ServiceWatch.of(
                "ingestion-service", stack.portOf("ingestion-service"), stack.logOf("ingestion-service"));
        long at = generator.started();
        String raised = RabbitNode.raiseDiskAlarm();
        long waiting;
        try {
            Thread.sleep(lasting);
        } finally {
            waiting = databases.outboxBacklog();
            RabbitNode.undo();
        }
        notes.add("at request " + at + ": " + raised + " for " + lasting.toSeconds() + " s, load sent meanwhile up to "
                + "request " + generator.started() + "; " + waiting + " outbox rows waiting for the broker when the "
                + "previous limit was put back");
        Thread.sleep(AFTERMATH);
        notes.add(watch.summary());
    }

    /** Restarts the local RabbitMQ node (external infrastructure only). */
    public void restartRabbitMq() throws InterruptedException {
        restartShared(InfraFaults::restartRabbitMq);
    }

    /** Restarts the local PostgreSQL cluster (external infrastructure only). */
    public void restartPostgres() throws InterruptedException {
        restartShared(InfraFaults::restartPostgres);
    }

    private void restartShared(Supplier<String> restart) throws InterruptedException {
        ServiceWatch watch = watch();
        long at = generator.started();
        notes.add("at request " + at + ": " + restart.get());
        Thread.sleep(AFTERMATH);
        notes.add(watch.summary());
    }

    private ServiceWatch watch() {
        return ServiceWatch.of(faults.proxied(), stack.portOf(faults.proxied()), stack.logOf(faults.proxied()));
    }

    /**
     * Publishes poison messages on {@code lead.engagements} and waits (up to a minute) until each is dead-lettered by
     * every consumer of that exchange (scoring and nurturing); notes how long.
     */
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
            broker.deadLetters().forEach(letter -> dead.add(letter.queue() + "/" + letter.eventId()));
            boolean everywhere = SuiteBroker.QUEUES.stream()
                    .filter(q -> q.startsWith("lead.engagements."))
                    .allMatch(queue -> sent.keySet().stream().allMatch(id -> dead.contains(queue + ".dlq/" + id)));
            if (everywhere) {
                slowest = sent.values().stream()
                        .mapToLong(t -> Duration.between(t, Instant.now()).toMillis())
                        .max()
                        .orElse(0);
                break;
            }
            Thread.sleep(250);
        }
        notes.add(
                slowest < 0
                        ? "poison: not all " + messages + " dead-lettered within 60 s"
                        : "poison: all " + messages + " dead-lettered by scoring and nurturing within " + slowest
                                + " ms (a body that cannot "
                                + "be read is not retried; other failures have 4 attempts, about 6.5 s)");
    }

    Set<String> poisonIds() {
        return Set.copyOf(poison);
    }
}
