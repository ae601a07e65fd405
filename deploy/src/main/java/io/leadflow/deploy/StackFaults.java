package io.leadflow.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fault injection into a running {@link LocalStack}, for the load and fault harness (module load-tests): kills a
 * process with {@code kill -9}, starts more processes of a service beside the first (replicas sharing its database,
 * queues and timers as a second pod would), starts killed processes again, and restarts the embedded broker and
 * PostgreSQL. Every change to the stack's processes happens under the stack's lock, so it never crosses a close.
 */
public final class StackFaults {

    static final int REPLICA_PORT_OFFSET = 5;
    static final int MAX_REPLICAS = 5;

    private final LocalStack stack;
    private final StackConfig config;
    private final Map<String, Replica> replicas = new LinkedHashMap<>();

    StackFaults(LocalStack stack, StackConfig config) {
        this.stack = stack;
        this.config = config;
    }

    /** A second (n-th) process of a service module: its name, module and port. */
    private record Replica(String name, SuiteService service, int port, Path jar) {}

    /**
     * Kills one process of the suite ({@code kill -9}) by module name, e.g. {@code scoring-service}, or by a
     * replica's name ({@code handoff-service-2}).
     */
    public void kill(String module) {
        synchronized (stack) {
            stack.process(module)
                    .orElseThrow(() -> new StackException("no running " + module))
                    .kill();
        }
    }

    /**
     * Starts one more process of a service module ({@code handoff-service}, ...) on a port of its own, with the same
     * environment as the first: the same database and broker, so it shares the module's queues, timers and due
     * work as a second pod would. The gateway keeps routing to the first. Returns the replica's name
     * ({@code handoff-service-2}, ...), which {@link #kill}, {@link #restart} and {@link LocalStack#logOf} take;
     * returns once it is ready. Replicas listen on the port base + 5 upwards (at most {@value #MAX_REPLICAS} of them).
     */
    public String startReplica(String module) {
        return startReplica(module, null, Map.of(), LocalStack.READY_TIMEOUT);
    }

    /**
     * As {@link #startReplica(String)}, with more environment for this replica alone on top of the module's (e.g. a
     * preloaded library that shifts its wall clock, under which a JVM starts several times slower), waiting up to
     * {@code readyWithin} for it to be ready; a restart of the replica starts it without.
     */
    public String startReplica(String module, Map<String, String> environment, Duration readyWithin) {
        return startReplica(module, null, environment, readyWithin);
    }

    /**
     * Starts one more process of a service module like {@link #startReplica(String)}, but from another build of it,
     * e.g. the previous release's jar beside the current one as during a rolling upgrade; null for the stack's own.
     */
    public String startReplica(String module, Path jar) {
        return startReplica(module, jar, Map.of(), LocalStack.READY_TIMEOUT);
    }

    private String startReplica(String module, Path jar, Map<String, String> environment, Duration readyWithin) {
        SuiteService service = SuiteService.SERVICES.stream()
                .filter(s -> s.module().equals(module))
                .findFirst()
                .orElseThrow(() -> new StackException("no service module " + module + " to replicate; one of "
                        + SuiteService.SERVICES.stream()
                                .map(SuiteService::module)
                                .toList()));
        ServiceProcess process;
        synchronized (stack) {
            if (!stack.isRunning()) {
                throw new StackException("the stack is not running");
            }
            if (replicas.size() >= MAX_REPLICAS) {
                throw new StackException("at most " + MAX_REPLICAS + " replicas");
            }
            long same = replicas.values().stream()
                    .filter(r -> r.service() == service)
                    .count();
            Replica replica = new Replica(
                    module + "-" + (same + 2),
                    service,
                    config.portBase() + REPLICA_PORT_OFFSET + replicas.size(),
                    jar == null ? stack.jarOf(module) : jar);
            Ports.requireFree(replica.port(), replica.name(), "choose other ports with --port-base");
            replicas.put(replica.name(), replica);
            process = stack.launch(replica.name(), replica.service(), replica.port(), replica.jar(), environment);
        }
        process.awaitReady(readyWithin);
        return process.name();
    }

    /** Starts a killed (or stopped) process again with the same port and environment; returns once it is ready. */
    public void restart(String module) {
        ServiceProcess process;
        synchronized (stack) {
            Replica replica = replicas.get(module);
            if (replica != null) {
                process = stack.relaunch(replica.name(), replica.service(), replica.port(), replica.jar());
            } else {
                SuiteService service = Arrays.stream(SuiteService.values())
                        .filter(s -> s.module().equals(module))
                        .findFirst()
                        .orElseThrow(() -> new StackException("unknown module " + module));
                if (stack.process(module).isEmpty()) {
                    throw new StackException("no " + module + " to restart");
                }
                process = stack.relaunch(module, service, service.port(config), stack.jarOf(module));
            }
        }
        process.awaitReady(LocalStack.READY_TIMEOUT);
    }

    /**
     * Stops one process gracefully by module or replica name (SIGTERM, then {@code kill -9} after 8 s), as an
     * orchestrator takes a pod away during a rolling upgrade; it is not started again.
     */
    public void stop(String name) {
        synchronized (stack) {
            stack.stopProcess(name);
        }
    }

    /** Stops the embedded AMQP broker and starts it again on the same data, as a broker restart. */
    public void restartEmbeddedBroker() {
        stack.restartEmbeddedBroker();
    }

    /** Stops the embedded AMQP broker until {@link #startEmbeddedBroker()}: clients see a broker that is down. */
    public void stopEmbeddedBroker() {
        stack.stopEmbeddedBroker();
    }

    /** Starts the embedded AMQP broker again after {@link #stopEmbeddedBroker()}, on the same data. */
    public void startEmbeddedBroker() {
        stack.startEmbeddedBroker();
    }

    /** Stops the embedded PostgreSQL (fast shutdown) and starts it again on the same data, as a database restart. */
    public void restartEmbeddedDatabase() {
        stack.restartEmbeddedDatabase();
    }
}
