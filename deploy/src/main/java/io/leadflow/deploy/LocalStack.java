package io.leadflow.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts the whole suite as separate processes, the same jars and configuration model as production: the four
 * services, each with its own database, then the gateway; with embedded infrastructure, PostgreSQL and the AMQP
 * broker before them. Closing it stops the gateway first, the services after it, each given time to finish what it
 * is doing, and the embedded broker and PostgreSQL last, when nothing uses them any more.
 */
public final class LocalStack implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(150);
    static final Duration GATEWAY_STOP_TIMEOUT = Duration.ofSeconds(4);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(8);
    static final int REPLICA_PORT_OFFSET = 5;
    static final int MAX_REPLICAS = 5;

    private final StackConfig config;
    private final Map<String, Map<String, String>> extraEnvironment = new HashMap<>();
    private final List<ServiceProcess> running = new ArrayList<>();
    private final Map<String, Replica> replicas = new LinkedHashMap<>();
    private EmbeddedDatabase embeddedDatabase;
    private EmbeddedBroker embeddedBroker;
    private boolean closed;
    private boolean closeRequested;

    private LocalStack(StackConfig config) {
        this.config = config;
    }

    /** Starts everything and returns once every process reports ready; stops what it started if one fails. */
    public static LocalStack start(StackConfig config) {
        LocalStack stack = new LocalStack(config);
        stack.run();
        return stack;
    }

    /**
     * Starts everything with extra environment variables for the four services (e.g. {@code LEADFLOW_RABBIT_VHOST}
     * to keep a test's queues apart on a shared broker); they win over the defaults.
     */
    public static LocalStack start(StackConfig config, Map<String, String> serviceEnvironment) {
        LocalStack stack = new LocalStack(config);
        SuiteService.SERVICES.forEach(service -> stack.addEnvironment(service.module(), serviceEnvironment));
        stack.run();
        return stack;
    }

    /**
     * Starts everything with extra environment for the four services, and more for single modules on top (e.g. one
     * service's {@code LEADFLOW_DB_PORT} pointed at a fault-injecting proxy); the most specific wins.
     */
    public static LocalStack start(
            StackConfig config,
            Map<String, String> serviceEnvironment,
            Map<String, Map<String, String>> moduleEnvironment) {
        LocalStack stack = new LocalStack(config);
        SuiteService.SERVICES.forEach(service -> stack.addEnvironment(service.module(), serviceEnvironment));
        moduleEnvironment.forEach(stack::addEnvironment);
        stack.run();
        return stack;
    }

    /** A stack not started yet, so that a launcher can install its shutdown hook before {@link #run()}. */
    static LocalStack of(StackConfig config) {
        return new LocalStack(config);
    }

    /**
     * More environment for one process, by module name (e.g. where the demo's inbox listens), overriding the defaults;
     * before run().
     */
    void addEnvironment(String module, Map<String, String> environment) {
        extraEnvironment
                .computeIfAbsent(module, ignored -> new LinkedHashMap<>())
                .putAll(environment);
    }

    void run() {
        try {
            checkPortsFree();
            if (config.embedded()) {
                EmbeddedDatabase database = EmbeddedDatabase.start(config);
                register(() -> embeddedDatabase = database, database);
                EmbeddedBroker broker = EmbeddedBroker.start(config);
                register(() -> embeddedBroker = broker, broker);
            } else {
                Infrastructure.requireReachable(config);
            }
            Infrastructure.prepareDatabases(config);
            startAll();
        } catch (RuntimeException | Error e) {
            stopAll();
            throw e;
        }
    }

    /** Keeps what just started, or stops it at once when the stack is closing (Ctrl-C during start-up). */
    private synchronized void register(Runnable keep, AutoCloseable started) {
        if (closed) {
            try {
                started.close();
            } catch (Exception e) {
                // stopping anyway
            }
            throw new StackException("stopped during start-up");
        }
        keep.run();
    }

    /** True once {@link #close()} was called, e.g. on Ctrl-C during start-up: start-up failures are expected then. */
    synchronized boolean closing() {
        return closeRequested;
    }

    public String gatewayUrl() {
        return config.gatewayUrl();
    }

    public Path logOf(String module) {
        return config.dataDir().resolve("logs").resolve(module + ".log");
    }

    private void checkPortsFree() {
        for (SuiteService service : SuiteService.values()) {
            Ports.requireFree(service.port(config), service.module(), "choose other ports with --port-base");
        }
        if (config.embedded()) {
            Ports.requireFree(config.database().port(), "the embedded PostgreSQL", "choose another with --db-port");
            Ports.requireFree(config.broker().port(), "the embedded AMQP broker", "choose another with --broker-port");
        }
    }

    private void startAll() {
        Path logs = config.dataDir().resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new StackException("cannot create " + logs + ": " + e.getMessage());
        }
        List<ServiceProcess> services = new ArrayList<>();
        for (SuiteService service : SuiteService.SERVICES) {
            services.add(launch(service, serviceEnvironment(service)));
        }
        for (ServiceProcess process : services) {
            process.awaitReady(READY_TIMEOUT);
        }
        launch(SuiteService.GATEWAY, gatewayEnvironment()).awaitReady(READY_TIMEOUT);
    }

    private ServiceProcess launch(SuiteService service, Map<String, String> environment) {
        Path jar = config.home()
                .resolve(service.module())
                .resolve("target")
                .resolve(service.module() + "-" + config.version() + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new StackException("missing " + jar + "; build first: ./mvnw -DskipTests package");
        }
        ServiceProcess process =
                ServiceProcess.start(service.module(), jar, service.port(config), environment, logOf(service.module()));
        register(() -> running.add(process), process::stop);
        return process;
    }

    /**
     * What every process gets: its port, one JSON log object per line as in Kubernetes, the public address that links
     * in notifications use, and leave to send notifications to this machine (a laptop's webhook tools listen there;
     * in Kubernetes the services refuse internal addresses).
     */
    private Map<String, String> processEnvironment(SuiteService service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", Integer.toString(service.port(config)));
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        env.put("LEADFLOW_PUBLIC_BASE_URL", config.gatewayUrl());
        env.put("LEADFLOW_NOTIFICATIONS_ALLOWED_HOSTS", "127.0.0.1,localhost");
        env.put("LEADFLOW_NURTURE_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1,localhost");
        return env;
    }

    /** A process with a database of its own: where it is and, for the embedded one, its credentials. */
    private Map<String, String> databaseEnvironment(SuiteService service) {
        Map<String, String> env = processEnvironment(service);
        env.put("LEADFLOW_DB_HOST", config.database().host());
        env.put("LEADFLOW_DB_PORT", Integer.toString(config.database().port()));
        env.put("LEADFLOW_DB_NAME", config.databasePrefix() + service.database());
        if (config.embedded()) {
            // the embedded server's own credentials, whatever the environment says for an external one
            env.put("LEADFLOW_DB_USER", config.database().user());
            env.put("LEADFLOW_DB_PASSWORD", config.database().password());
        }
        return env;
    }

    private Map<String, String> serviceEnvironment(SuiteService service) {
        Map<String, String> env = databaseEnvironment(service);
        env.put("LEADFLOW_RABBIT_HOST", config.broker().host());
        env.put("LEADFLOW_RABBIT_PORT", Integer.toString(config.broker().port()));
        if (config.embedded()) {
            env.put("LEADFLOW_RABBIT_USER", config.broker().user());
            env.put("LEADFLOW_RABBIT_PASSWORD", config.broker().password());
            env.put("LEADFLOW_RABBIT_VHOST", "/");
        }
        env.putAll(extraEnvironment.getOrDefault(service.module(), Map.of()));
        return env;
    }

    private Map<String, String> gatewayEnvironment() {
        Map<String, String> env = databaseEnvironment(SuiteService.GATEWAY);
        for (SuiteService service : SuiteService.SERVICES) {
            env.put(
                    "LEADFLOW_SERVICES_" + service.database().toUpperCase(Locale.ROOT),
                    "http://localhost:" + service.port(config));
        }
        // a local run has no company identity provider: the gateway's local issuer signs tokens (never in Kubernetes)
        env.put("LEADFLOW_SECURITY_LOCAL_ISSUER_ENABLED", "true");
        env.putAll(extraEnvironment.getOrDefault(SuiteService.GATEWAY.module(), Map.of()));
        return env;
    }

    // --- fault injection for the load and fault harness (module load-tests) ---

    /**
     * Kills one process of the suite ({@code kill -9}) by module name, e.g. {@code scoring-service}, or by a
     * replica's name ({@code handoff-service-2}).
     */
    public synchronized void kill(String module) {
        running.stream()
                .filter(p -> p.name().equals(module))
                .findFirst()
                .orElseThrow(() -> new StackException("no running " + module))
                .kill();
    }

    /**
     * Starts one more process of a service module ({@code handoff-service}, ...) on a port of its own, with the same
     * environment as the first: the same database and broker, so it shares the module's queues, timers and due
     * work as a second pod would. The gateway keeps routing to the first. Returns the replica's name
     * ({@code handoff-service-2}, ...), which {@link #kill}, {@link #restart} and {@link #logOf} take; returns once it
     * is ready. Replicas listen on the port base + 5 upwards (at most {@value #MAX_REPLICAS} of them).
     */
    public String startReplica(String module) {
        SuiteService service = SuiteService.SERVICES.stream()
                .filter(s -> s.module().equals(module))
                .findFirst()
                .orElseThrow(() -> new StackException("no service module " + module + " to replicate; one of "
                        + SuiteService.SERVICES.stream()
                                .map(SuiteService::module)
                                .toList()));
        ServiceProcess process;
        synchronized (this) {
            if (closed || running.isEmpty()) {
                throw new StackException("the stack is not running");
            }
            if (replicas.size() >= MAX_REPLICAS) {
                throw new StackException("at most " + MAX_REPLICAS + " replicas");
            }
            long same = replicas.values().stream()
                    .filter(r -> r.service() == service)
                    .count();
            Replica replica = new Replica(
                    module + "-" + (same + 2), service, config.portBase() + REPLICA_PORT_OFFSET + replicas.size());
            Ports.requireFree(replica.port(), replica.name(), "choose other ports with --port-base");
            replicas.put(replica.name(), replica);
            process = launchReplica(replica);
        }
        process.awaitReady(READY_TIMEOUT);
        return process.name();
    }

    /** A second (n-th) process of a service module: its name, module and port. */
    private record Replica(String name, SuiteService service, int port) {}

    private ServiceProcess launchReplica(Replica replica) {
        Map<String, String> env = serviceEnvironment(replica.service());
        env.put("PORT", Integer.toString(replica.port()));
        ServiceProcess process = ServiceProcess.start(
                replica.name(), jarOf(replica.service().module()), replica.port(), env, logOf(replica.name()));
        running.add(process);
        return process;
    }

    private Path jarOf(String module) {
        return config.home().resolve(module).resolve("target").resolve(module + "-" + config.version() + "-exec.jar");
    }

    /** Starts a killed (or stopped) process again with the same port and environment; returns once it is ready. */
    public void restart(String module) {
        if (replicas.containsKey(module)) {
            restartReplica(replicas.get(module));
            return;
        }
        SuiteService service = Arrays.stream(SuiteService.values())
                .filter(s -> s.module().equals(module))
                .findFirst()
                .orElseThrow(() -> new StackException("unknown module " + module));
        ServiceProcess process;
        synchronized (this) {
            int index = -1;
            for (int i = 0; i < running.size(); i++) {
                if (running.get(i).name().equals(module)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new StackException("no " + module + " to restart");
            }
            running.get(index).kill();
            Path jar = config.home()
                    .resolve(module)
                    .resolve("target")
                    .resolve(module + "-" + config.version() + "-exec.jar");
            process = ServiceProcess.start(
                    module,
                    jar,
                    service.port(config),
                    service == SuiteService.GATEWAY ? gatewayEnvironment() : serviceEnvironment(service),
                    logOf(module));
            running.set(index, process);
        }
        process.awaitReady(READY_TIMEOUT);
    }

    private void restartReplica(Replica replica) {
        ServiceProcess process;
        synchronized (this) {
            running.stream()
                    .filter(p -> p.name().equals(replica.name()))
                    .findFirst()
                    .ifPresent(p -> {
                        p.kill();
                        running.remove(p);
                    });
            process = launchReplica(replica);
        }
        process.awaitReady(READY_TIMEOUT);
    }

    /** Stops the embedded AMQP broker and starts it again on the same data, as a broker restart. */
    public synchronized void restartEmbeddedBroker() {
        if (embeddedBroker == null) {
            throw new StackException("no embedded broker: the stack runs on external infrastructure");
        }
        embeddedBroker.close();
        embeddedBroker = EmbeddedBroker.start(config);
    }

    /** Stops the embedded PostgreSQL (fast shutdown) and starts it again on the same data, as a database restart. */
    public synchronized void restartEmbeddedDatabase() {
        if (embeddedDatabase == null) {
            throw new StackException("no embedded PostgreSQL: the stack runs on external infrastructure");
        }
        embeddedDatabase.close();
        embeddedDatabase = EmbeddedDatabase.start(config);
    }

    /** The HTTP port of a process by module name, e.g. for its actuator health. */
    public int portOf(String module) {
        return Arrays.stream(SuiteService.values())
                .filter(s -> s.module().equals(module))
                .findFirst()
                .orElseThrow(() -> new StackException("unknown module " + module))
                .port(config);
    }

    /** Where the services' RabbitMQ or embedded broker listens, and PostgreSQL: for the harness's own checks. */
    public StackConfig config() {
        return config;
    }

    /** Stops the gateway first, then the services together, then the embedded broker and PostgreSQL. */
    @Override
    public synchronized void close() {
        closeRequested = true;
        stopAll();
    }

    private synchronized void stopAll() {
        closed = true;
        List<ServiceProcess> services = new ArrayList<>(running);
        running.clear();
        // replicas start after the gateway: find it wherever it is
        services.stream().filter(ServiceProcess::isGateway).findFirst().ifPresent(gateway -> {
            services.remove(gateway);
            gateway.stop(GATEWAY_STOP_TIMEOUT);
        });
        services.forEach(ServiceProcess::requestStop);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        services.forEach(process -> process.stop(Duration.between(Instant.now(), deadline)));
        if (embeddedBroker != null) {
            embeddedBroker.close();
            embeddedBroker = null;
        }
        if (embeddedDatabase != null) {
            embeddedDatabase.close();
            embeddedDatabase = null;
        }
    }
}
