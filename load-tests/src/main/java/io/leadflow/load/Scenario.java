package io.leadflow.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the fault matrix: a load run with a client behaviour and a fault injected once a share of the requests
 * has started. {@link #catalogue()} is the full matrix.
 */
public record Scenario(String name, LoadGenerator.ClientMode mode, Fault fault) {

    /** What goes wrong during the load. */
    @FunctionalInterface
    public interface Fault {
        void inject(FaultRun run) throws InterruptedException;

        Fault NONE = run -> {};
    }

    public static Scenario baseline() {
        return new Scenario("baseline", LoadGenerator.ClientMode.ONCE, Fault.NONE);
    }

    /** {@code kill -9} of one module at a third of the load, restarted at once; {@code times} kills in a row. */
    public static Scenario kill(String module, int times) {
        return new Scenario(
                "kill-" + module.replace("-service", "") + (times > 1 ? "-x" + times : ""),
                LoadGenerator.ClientMode.ONCE,
                run -> {
                    for (int i = 0; i < times; i++) {
                        run.awaitShare((i + 1.0) / (times + 2.0));
                        run.killAndRestart(module);
                    }
                });
    }

    /** A client that sends every request twice and retries unknown outcomes, while ingestion is killed once. */
    public static Scenario clientRetries() {
        return clientRetriesWhileKilling("ingestion-service");
    }

    /** A retrying client while the given modules are killed together at a third of the load and restarted. */
    public static Scenario clientRetriesWhileKilling(String... modules) {
        return new Scenario(
                "client-retries+kill-" + shortNames(modules),
                LoadGenerator.ClientMode.RETRYING,
                killingAtAThird(modules));
    }

    /** {@code kill -9} of the given modules together at a third of the load, all restarted at once. */
    public static Scenario killTogether(String... modules) {
        return new Scenario("kill-" + shortNames(modules), LoadGenerator.ClientMode.ONCE, killingAtAThird(modules));
    }

    private static Fault killingAtAThird(String... modules) {
        return atAThird(run -> run.killAndRestart(modules));
    }

    /** The fault once a third of the requests have started. */
    private static Fault atAThird(Fault fault) {
        return run -> {
            run.awaitShare(1 / 3.0);
            fault.inject(run);
        };
    }

    private static String shortNames(String... modules) {
        return String.join(
                "+", Arrays.stream(modules).map(m -> m.replace("-service", "")).toList());
    }

    /** Poison messages on lead.engagements while healthy traffic flows: each must reach the DLQ. */
    public static Scenario poison(int messages) {
        return new Scenario("poison", LoadGenerator.ClientMode.ONCE, atAThird(run -> run.poison(messages)));
    }

    /** The embedded broker stopped and started again at a third of the load. */
    public static Scenario brokerRestart() {
        return new Scenario("broker-restart", LoadGenerator.ClientMode.ONCE, atAThird(run -> run.restartBroker()));
    }

    /** The embedded PostgreSQL stopped and started again at a third of the load. */
    public static Scenario databaseRestart() {
        return new Scenario("database-restart", LoadGenerator.ClientMode.ONCE, atAThird(run -> run.restartDatabase()));
    }

    /** The proxied service's PostgreSQL link 100 to 300 ms slower each way for 20 s from a third of the load. */
    public static Scenario databaseDelay() {
        return new Scenario(
                "db-delay",
                LoadGenerator.ClientMode.ONCE,
                atAThird(run ->
                        run.slowLink(true, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofSeconds(20))));
    }

    /** The proxied service's PostgreSQL connections frozen for {@code seconds} from a third of the load, thawed. */
    public static Scenario databaseFreeze(int seconds) {
        return new Scenario(
                "db-freeze",
                LoadGenerator.ClientMode.ONCE,
                atAThird(run -> run.freezeLink(true, Duration.ofSeconds(seconds))));
    }

    /** The proxied service's broker link 100 to 300 ms slower each way for 20 s. */
    public static Scenario brokerDelay() {
        return new Scenario(
                "broker-delay",
                LoadGenerator.ClientMode.ONCE,
                atAThird(run ->
                        run.slowLink(false, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofSeconds(20))));
    }

    /** The proxied service's broker connection frozen for 25 s (less than the 60 s AMQP heartbeat), thawed. */
    public static Scenario brokerFreeze() {
        return new Scenario(
                "broker-freeze",
                LoadGenerator.ClientMode.ONCE,
                atAThird(run -> run.freezeLink(false, Duration.ofSeconds(25))));
    }

    /** The local RabbitMQ node restarted at a third of the load (external infrastructure, command only). */
    public static Scenario rabbitMqRestart() {
        return new Scenario("rabbitmq-restart", LoadGenerator.ClientMode.ONCE, atAThird(run -> run.restartRabbitMq()));
    }

    /** The local PostgreSQL cluster restarted at a third of the load (external infrastructure, command only). */
    public static Scenario postgresRestart() {
        return new Scenario("postgres-restart", LoadGenerator.ClientMode.ONCE, atAThird(run -> run.restartPostgres()));
    }

    /**
     * The proxied service's database down for {@code lasting} from a third of the load: its connections closed and new
     * ones refused, then back. Its consumers must hold their messages and wait, not dead-letter them.
     */
    public static Scenario databaseOutage(Duration lasting) {
        return new Scenario("db-outage", LoadGenerator.ClientMode.ONCE, atAThird(run -> run.databaseOutage(lasting)));
    }

    /**
     * The broker down for {@code lasting} from a third of the load: the embedded broker stopped, or on external
     * infrastructure the local RabbitMQ node's application (command only), then started again.
     */
    public static Scenario brokerOutage(Duration lasting, boolean embedded) {
        return new Scenario(
                "broker-outage", LoadGenerator.ClientMode.ONCE, atAThird(run -> run.brokerOutage(lasting, embedded)));
    }

    /**
     * The local RabbitMQ node's free-disk alarm raised for {@code lasting} from a third of the load, blocking every
     * publisher (external infrastructure, command only); ingestion keeps accepting into its outbox.
     */
    public static Scenario brokerDiskAlarm(Duration lasting) {
        return new Scenario(
                "broker-disk-alarm", LoadGenerator.ClientMode.ONCE, atAThird(run -> run.diskAlarm(lasting)));
    }

    /** The catalogue with the long outages at their default lengths: 10 minutes down, a 3-minute disk alarm. */
    public static List<Scenario> catalogue(int kills, boolean embedded) {
        return catalogue(kills, embedded, Duration.ofMinutes(10), Duration.ofMinutes(3));
    }

    /**
     * Every scenario: baseline, kill -9 of each process, client retries, poison, delay and freeze on the proxied
     * service's links to PostgreSQL and the broker; on embedded infrastructure a broker and a database restart, on
     * external infrastructure a restart of the local RabbitMQ node and of the PostgreSQL cluster; then the long ones:
     * the proxied service's database and the broker each down for {@code outage}, and on external infrastructure the
     * broker's free-disk alarm for {@code alarm}.
     */
    public static List<Scenario> catalogue(int kills, boolean embedded, Duration outage, Duration alarm) {
        List<Scenario> all = new ArrayList<>(List.of(
                baseline(),
                kill("ingestion-service", kills),
                kill("scoring-service", kills),
                kill("handoff-service", kills),
                kill("nurturing-service", kills),
                kill("gateway", kills),
                clientRetries(),
                poison(5),
                databaseDelay(),
                databaseFreeze(25),
                brokerDelay(),
                brokerFreeze()));
        if (embedded) {
            all.add(brokerRestart());
            all.add(databaseRestart());
        } else {
            all.add(rabbitMqRestart());
            all.add(postgresRestart());
        }
        all.add(databaseOutage(outage));
        all.add(brokerOutage(outage, embedded));
        if (!embedded) {
            all.add(brokerDiskAlarm(alarm));
        }
        return List.copyOf(all);
    }
}
