package io.leadflow.load;

import io.leadflow.deploy.LocalStack;
import io.leadflow.deploy.traffic.SuiteClient;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The restore of one service's database to an earlier point, rehearsed under load as docs/operations.md prescribes
 * it: {@code pg_dump -Fc} at a quarter of the load, the service stopped at half (killed), its database dropped,
 * created and {@code pg_restore}d, the service started again, then the recovery: every other service's outbox
 * replayed from the dump's time minus a margin, and the restored service's dead letters re-driven until it has taken
 * in all it was going to. The scenario's check (lost, unexpected, double-counted, dead letters) then says whether
 * the procedure recovered everything; {@link #cost()} says what it took.
 */
final class RestoreRehearsal {

    /** Outbox rows are stamped when their transaction starts; one may commit after the dump's snapshot. */
    static final Duration MARGIN = Duration.ofSeconds(10);
    /** How long the restored service must have taken in no more replayed events and held no dead letter. */
    static final Duration QUIET = Duration.ofSeconds(15);

    private final LocalStack stack;
    private final ServiceDatabaseRestore databases;
    private final Supplier<SuiteClient> admin;
    private final String module;
    private final String service;
    private final Path dir;
    private final Duration timeout;
    private final PrintStream log;
    private volatile RestoreCost cost;

    RestoreRehearsal(
            LocalStack stack, Supplier<SuiteClient> admin, String module, Path dir, Duration timeout, PrintStream log) {
        this.stack = stack;
        this.databases = new ServiceDatabaseRestore(stack.config());
        this.admin = admin;
        this.module = module;
        this.service = databaseName(module);
        this.dir = dir;
        this.timeout = timeout;
        this.log = log;
    }

    /** The service's database name without the prefix: {@code scoring-service} is {@code scoring}. */
    static String databaseName(String module) {
        String name = module.replace("-service", "");
        if (!SuiteDatabases.SERVICES.contains(name)) {
            throw new IllegalArgumentException(
                    "no service database for " + module + "; one of " + SuiteDatabases.SERVICES);
        }
        return name;
    }

    /** The other services, whose outboxes hold what the restored one consumed after the dump. */
    static List<String> producersFor(String service) {
        return SuiteDatabases.SERVICES.stream().filter(s -> !s.equals(service)).toList();
    }

    Scenario scenario() {
        return new Scenario("restore-" + service, LoadGenerator.ClientMode.ONCE, this::rehearse);
    }

    RestoreCost cost() {
        return cost;
    }

    private void rehearse(FaultRun run) throws InterruptedException {
        run.awaitShare(0.25);
        Path dump = dir.resolve(service + ".dump");
        Instant point = Instant.now();
        databases.dump(service, dump);
        log.printf("restore: pg_dump -Fc of %s at %s%n", databases.database(service), point);
        run.awaitShare(0.5);
        Instant down = Instant.now();
        stack.faults().kill(module);
        databases.dropAndRestore(service, dump);
        long rows = databases.rows(service);
        log.printf(
                "restore: %s stopped, %s dropped and restored (%d rows); starting it%n",
                module, databases.database(service), rows);
        stack.faults().restart(module);
        Instant ready = Instant.now();
        Map<String, Integer> replayed = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (String producer : producersFor(service)) {
            List<String> sent = databases.replayOutbox(producer, point.minus(MARGIN));
            replayed.put(producer, sent.size());
            ids.addAll(sent);
        }
        log.printf(
                "restore: %s ready after %d ms down; replaying %s from %s%n",
                module, Duration.between(down, ready).toMillis(), replayed, point.minus(MARGIN));
        int[] redriven = {0};
        Instant converged = converge(ids, redriven);
        cost = new RestoreCost(
                service,
                rows,
                sizeOf(dump),
                replayed,
                databases.processed(service, ids),
                redriven[0],
                Duration.between(down, ready),
                converged == null ? null : Duration.between(ready, converged));
        run.notes().add(cost.render());
        log.println("restore: " + cost.render());
    }

    /**
     * Waits until the restored service has taken in no more replayed events for {@link #QUIET} and holds no dead
     * letter, re-driving those it holds; returns when it last took one in (null: not within the timeout).
     */
    private Instant converge(List<String> ids, int[] redriven) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        long last = -1;
        Instant changed = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            long processed = databases.processed(service, ids);
            long letters = databases.deadLetters(service);
            if (letters > 0) {
                redriven[0] += redrive();
                changed = Instant.now();
            } else if (processed != last) {
                last = processed;
                changed = Instant.now();
            } else if (Duration.between(changed, Instant.now()).compareTo(QUIET) >= 0) {
                return changed;
            }
            Thread.sleep(1000);
        }
        return null;
    }

    /** {@code POST /api/v1/admin/dead-letters/<service>/redrive {"all":true}}; how many went back to their queue. */
    private int redrive() {
        SuiteClient.Answer answer =
                admin.get().post("/api/v1/admin/dead-letters/" + service + "/redrive", "{\"all\":true}");
        if (!answer.ok()) {
            log.println("restore: re-drive answered " + answer.status() + ": " + answer.text());
            return 0;
        }
        int count = answer.body().path("redriven").size();
        log.printf("restore: re-drove %d of %s's dead letters%n", count, service);
        return count;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
