package io.leadflow.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts the whole suite as separate processes, the same jars and configuration model as production: the four
 * services, each with its own database, then the gateway. Closing it stops the gateway first and the services
 * after it, each given time to finish what it is doing.
 */
public final class LocalStack implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(150);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(12);

    private final StackConfig config;
    private final List<ServiceProcess> running = new ArrayList<>();

    private LocalStack(StackConfig config) {
        this.config = config;
    }

    /** Starts everything and returns once every process reports ready; stops what it started if one fails. */
    public static LocalStack start(StackConfig config) {
        LocalStack stack = new LocalStack(config);
        try {
            stack.checkPortsFree();
            Infrastructure.requireReachable(config);
            Infrastructure.prepareDatabases(config);
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public String gatewayUrl() {
        return config.gatewayUrl();
    }

    public Path logOf(String module) {
        return config.dataDir().resolve("logs").resolve(module + ".log");
    }

    private void checkPortsFree() {
        for (SuiteService service : SuiteService.values()) {
            int port = service.port(config);
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw new StackException("port " + port + " (for " + service.module() + ") is already taken;"
                        + " stop whatever listens there or choose other ports with --port-base");
            }
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
        Path jar = config.home().resolve(service.module()).resolve("target")
                .resolve(service.module() + "-" + config.version() + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new StackException("missing " + jar + "; build first: ./mvnw -DskipTests package");
        }
        ServiceProcess process = ServiceProcess.start(service.module(), jar, service.port(config), environment,
                logOf(service.module()));
        running.add(process);
        return process;
    }

    private Map<String, String> serviceEnvironment(SuiteService service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", Integer.toString(service.port(config)));
        env.put("LEADFLOW_DB_HOST", config.dbHost());
        env.put("LEADFLOW_DB_PORT", Integer.toString(config.dbPort()));
        env.put("LEADFLOW_DB_NAME", config.databasePrefix() + service.database());
        env.put("LEADFLOW_RABBIT_HOST", config.rabbitHost());
        env.put("LEADFLOW_RABBIT_PORT", Integer.toString(config.rabbitPort()));
        return env;
    }

    private Map<String, String> gatewayEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", Integer.toString(SuiteService.GATEWAY.port(config)));
        for (SuiteService service : SuiteService.SERVICES) {
            env.put("LEADFLOW_SERVICES_" + service.database().toUpperCase(Locale.ROOT),
                    "http://localhost:" + service.port(config));
        }
        return env;
    }

    /** Stops the gateway first, then the services in reverse start order. */
    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).stop(STOP_TIMEOUT);
        }
        running.clear();
    }
}
