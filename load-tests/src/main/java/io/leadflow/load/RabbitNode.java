package io.leadflow.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local RabbitMQ node's own switches, through {@code rabbitmqctl}, for the long outages on external
 * infrastructure: the node's application stopped and started again, and its free-disk alarm raised (a disk limit
 * above the free space, so that every publisher is blocked) and cleared by putting the previous limit back. The node
 * is shared with whatever else runs on the machine, so only the command line does this, never CI; whatever is
 * switched off is switched on again in a {@code finally} and by a shutdown hook, so that an interrupted run never
 * leaves the machine's RabbitMQ stopped or blocked.
 */
final class RabbitNode {

    /** How to undo what is in force now, or null: run by {@link #undo()} and by the shutdown hook. */
    private static final AtomicReference<Runnable> PENDING = new AtomicReference<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RabbitNode::undo, "rabbitmq-switched-back"));
    }

    private RabbitNode() {}

    /** {@code rabbitmqctl stop_app}, then {@code start_app} after {@code lasting}; returns what was done. */
    static String stopFor(Duration lasting) throws InterruptedException {
        Instant start = Instant.now();
        PENDING.set(RabbitNode::startApp);
        InfraFaults.run("rabbitmqctl", "-q", "stop_app");
        Instant stopped = Instant.now();
        try {
            Thread.sleep(lasting);
        } finally {
            undo();
        }
        return "stopped the local RabbitMQ node (stop_app in "
                + Duration.between(start, stopped).toMillis()
                + " ms) for " + lasting.toSeconds() + " s; started again (start_app, await_startup) in "
                + Duration.between(stopped.plus(lasting), Instant.now()).toMillis() + " ms";
    }

    /**
     * Raises the node's free-disk alarm: the limit set 10 GB above the free space, so that the node blocks every
     * publisher until {@link #undo()} puts the previous limit back. Returns what was done.
     */
    static String raiseDiskAlarm() {
        long previous = Long.parseLong(eval("rabbit_disk_monitor:get_disk_free_limit()."));
        long free = Long.parseLong(eval("rabbit_disk_monitor:get_disk_free()."));
        long blocking = free + 10_000_000_000L;
        PENDING.set(() -> setDiskLimit(previous));
        InfraFaults.run("rabbitmqctl", "-q", "set_disk_free_limit", Long.toString(blocking));
        return "raised the local RabbitMQ node's free-disk alarm (limit " + blocking + " bytes with " + free
                + " free; the limit was " + previous + " bytes)";
    }

    /** The dead-letter queues ({@code *.dlq}) of a virtual host, as the node lists them; empty when it cannot. */
    static List<String> deadLetterQueues(String vhost) {
        List<String> queues = new ArrayList<>();
        try {
            for (String line : InfraFaults.run(
                            "rabbitmqctl", "-q", "list_queues", "-p", vhost, "name", "--no-table-headers")
                    .split("\\R")) {
                String name = line.strip();
                if (name.endsWith(".dlq")) {
                    queues.add(name);
                }
            }
        } catch (IllegalStateException e) {
            return List.of();
        }
        return queues;
    }

    /** Undoes whatever switch is in force (start the app, put the disk limit back); nothing when none is. */
    static void undo() {
        Runnable pending = PENDING.getAndSet(null);
        if (pending != null) {
            pending.run();
        }
    }

    private static void startApp() {
        InfraFaults.run("rabbitmqctl", "-q", "start_app");
        InfraFaults.run("rabbitmqctl", "-q", "await_startup");
    }

    private static void setDiskLimit(long bytes) {
        InfraFaults.run("rabbitmqctl", "-q", "set_disk_free_limit", Long.toString(bytes));
    }

    private static String eval(String expression) {
        return InfraFaults.run("rabbitmqctl", "-q", "eval", expression).strip();
    }
}
