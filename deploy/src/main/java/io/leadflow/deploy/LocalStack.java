package io.leadflow.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the whole suite as separate processes, the same jars and configuration model as production: the four
 * services, each with its own database, the local identity provider where people sign in (and, when asked for, the
 * web console), then the gateway; with embedded infrastructure, PostgreSQL and the AMQP
 * broker before them. Closing it stops the gateway first, the services after it, each given time to finish what it
 * is doing, and the embedded broker and PostgreSQL last, when nothing uses them any more. The load and fault
 * harness injects its faults through {@link #faults()}.
 */
public final class LocalStack implements AutoCloseable {

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(150);
    static final Duration GATEWAY_STOP_TIMEOUT = Duration.ofSeconds(4);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(8);

    private final StackConfig config;
    private final ServiceEnvironments environments;
    private final StackFaults faults;
    private final List<ServiceProcess> running = new ArrayList<>();
    private EmbeddedDatabase embeddedDatabase;
    private EmbeddedBroker embeddedBroker;
    private boolean closed;
    private boolean closeRequested;

    private LocalStack(StackConfig config) {
        this.config = config;
        this.environments = new ServiceEnvironments(config);
        this.faults = new StackFaults(this, config);
    }

    /**
     * Starts everything and returns once every process reports ready; stops what it started if one fails. One admin,
     * {@value ConsolePeople#LOCAL_ADMIN}, may sign in ({@link #people()}).
     */
    public static LocalStack start(StackConfig config) {
        LocalStack stack = new LocalStack(config);
        stack.run();
        return stack;
    }

    /**
     * Starts everything with these people allowed to sign in at the local identity provider, extra environment for
     * the four services and more for single modules on top (the most specific wins).
     */
    public static LocalStack start(
            StackConfig config,
            ConsolePeople people,
            Map<String, String> serviceEnvironment,
            Map<String, Map<String, String>> moduleEnvironment) {
        LocalStack stack = new LocalStack(config);
        stack.withPeople(people);
        SuiteService.SERVICES.forEach(service -> stack.addEnvironment(service.module(), serviceEnvironment));
        moduleEnvironment.forEach(stack::addEnvironment);
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

    /**
     * Starts everything with the web console and the local identity provider where these people sign in, and extra
     * environment for the four services.
     */
    public static LocalStack startWithConsole(
            StackConfig config, Map<String, String> serviceEnvironment, ConsolePeople people) {
        LocalStack stack = new LocalStack(config);
        SuiteService.SERVICES.forEach(service -> stack.addEnvironment(service.module(), serviceEnvironment));
        stack.withConsole(people);
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
        environments.add(module, environment);
    }

    /** These people may sign in at the local identity provider (before run()). */
    void withPeople(ConsolePeople people) {
        environments.withPeople(people);
    }

    /**
     * Runs the web console too, with these people allowed to sign in (before run()). The gateway then routes browser
     * paths to the console and signs people in with the provider.
     */
    void withConsole(ConsolePeople people) {
        environments.withConsole(people);
    }

    /** Who may sign in at the local identity provider, with the passwords made up for this run. */
    public ConsolePeople people() {
        return environments.people();
    }

    /** The local identity provider's address (and its tokens' issuer), where people sign in. */
    public String identityUrl() {
        return environments.identityUrl();
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
        for (SuiteService service : started()) {
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
        for (SuiteService service : started()) {
            if (service != SuiteService.GATEWAY) {
                services.add(launch(service));
            }
        }
        for (ServiceProcess process : services) {
            process.awaitReady(READY_TIMEOUT);
        }
        launch(SuiteService.GATEWAY).awaitReady(READY_TIMEOUT);
    }

    /** What this stack runs: the services, the identity provider, the console when asked for, the gateway. */
    private List<SuiteService> started() {
        List<SuiteService> started = new ArrayList<>(SuiteService.SERVICES);
        started.add(SuiteService.IDENTITY);
        if (environments.console()) {
            started.add(SuiteService.CONSOLE);
        }
        started.add(SuiteService.GATEWAY);
        return started;
    }

    private ServiceProcess launch(SuiteService service) {
        Path jar = jarOf(service.module());
        if (!Files.isRegularFile(jar)) {
            throw new StackException("missing " + jar + "; build first: ./mvnw -DskipTests package");
        }
        ServiceProcess process = ServiceProcess.start(
                service.module(),
                jar,
                service.port(config),
                environments.of(service),
                logOf(service.module()),
                service.readinessPath());
        register(() -> running.add(process), process::stop);
        return process;
    }

    /** Kills, replicas and restarts of this stack's processes and infrastructure, for the load and fault harness. */
    public StackFaults faults() {
        return faults;
    }

    // --- for StackFaults, which calls these holding the stack's lock ---

    /** Whether the stack started and is not closing: replicas may join it. */
    boolean isRunning() {
        return !closed && !running.isEmpty();
    }

    /** The running process of that name (a module, or a replica's name). */
    Optional<ServiceProcess> process(String name) {
        return running.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Starts one more process of a service under a name and port of its own, with the service's environment. */
    ServiceProcess launch(String name, SuiteService service, int port) {
        return launch(name, service, port, jarOf(service.module()), Map.of());
    }

    /**
     * Starts one more process of a service from this jar (e.g. the previous release's) under a name and port of its
     * own, with the service's environment and {@code extra} for this process alone on top.
     */
    ServiceProcess launch(String name, SuiteService service, int port, Path jar, Map<String, String> extra) {
        if (!Files.isRegularFile(jar)) {
            throw new StackException("missing " + jar);
        }
        Map<String, String> env = environments.of(service);
        env.putAll(extra);
        env.put("PORT", Integer.toString(port));
        ServiceProcess process = ServiceProcess.start(name, jar, port, env, logOf(name));
        running.add(process);
        return process;
    }

    /** Kills the process of that name if it runs, and starts it again on the same port and environment. */
    ServiceProcess relaunch(String name, SuiteService service, int port, Path jar) {
        process(name).ifPresent(old -> {
            old.kill();
            running.remove(old);
        });
        return launch(name, service, port, jar, Map.of());
    }

    /**
     * Stops the process of that name gracefully (SIGTERM, as an orchestrator does), killing it after the timeout; it
     * stays known, like a killed one, so that it can be started again.
     */
    void stopProcess(String name) {
        process(name)
                .orElseThrow(() -> new StackException("no running " + name))
                .stop(STOP_TIMEOUT);
    }

    /** Stops the embedded AMQP broker and starts it again on the same data, as a broker restart. */
    synchronized void restartEmbeddedBroker() {
        if (embeddedBroker == null) {
            throw new StackException("no embedded broker: the stack runs on external infrastructure");
        }
        embeddedBroker.close();
        embeddedBroker = EmbeddedBroker.start(config);
    }

    /** Stops the embedded AMQP broker and keeps it stopped until {@link #startEmbeddedBroker()}: a broker outage. */
    synchronized void stopEmbeddedBroker() {
        if (embeddedBroker == null) {
            throw new StackException("no running embedded broker to stop");
        }
        embeddedBroker.close();
        embeddedBroker = null;
    }

    /** Starts the embedded AMQP broker stopped by {@link #stopEmbeddedBroker()} again, on the same data. */
    synchronized void startEmbeddedBroker() {
        if (embeddedBroker == null && config.embedded()) {
            embeddedBroker = EmbeddedBroker.start(config);
        }
    }

    /** Stops the embedded PostgreSQL (fast shutdown) and starts it again on the same data, as a database restart. */
    synchronized void restartEmbeddedDatabase() {
        if (embeddedDatabase == null) {
            throw new StackException("no embedded PostgreSQL: the stack runs on external infrastructure");
        }
        embeddedDatabase.close();
        embeddedDatabase = EmbeddedDatabase.start(config);
    }

    Path jarOf(String module) {
        return config.home().resolve(module).resolve("target").resolve(module + "-" + config.version() + "-exec.jar");
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
