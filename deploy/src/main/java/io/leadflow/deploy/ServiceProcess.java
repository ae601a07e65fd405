package io.leadflow.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the suite running in its own JVM, with its output in a log file. */
final class ServiceProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * Quick start on a small machine: the client compiler only, the serial collector and a small heap. They cost
     * steady-state speed; {@value #JAVA_OPTIONS_VARIABLE} replaces them (the benchmarks use the JVM's defaults, as the
     * container images do).
     */
    private static final List<String> QUICK_START =
            List.of("-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:+UseSerialGC", "-Xmx384m");

    static final String JAVA_OPTIONS_VARIABLE = "LEADFLOW_SERVICE_JAVA_OPTIONS";

    static final String NAME_PLACEHOLDER = "{name}";

    static final String READINESS = "/actuator/health/readiness";

    private final String name;
    /** How this machine reaches it. */
    private final String host;

    private final int port;
    private final Process process;
    private final Path log;
    private final String readinessPath;

    private ServiceProcess(String name, String host, int port, Process process, Path log, String readinessPath) {
        this.host = host;
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.readinessPath = readinessPath;
    }

    static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path log) {
        return start(name, jar, port, environment, log, READINESS);
    }

    /** Starts a process that tells it is ready by answering 200 on {@code readinessPath}. */
    static ServiceProcess start(
            String name, Path jar, int port, Map<String, String> environment, Path log, String readinessPath) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            // its own session: Ctrl-C in a terminal reaches the launcher only, which stops everything in order
            command.add(SETSID.toString());
        }
        command.add(java);
        command.addAll(javaOptions(name));
        // native access: scoring's XGBoost loads its bundled native library (JDK 22+ warns without the grant)
        command.addAll(List.of(
                "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(
                    name,
                    StackConfig.urlHost(environment.get("SERVER_ADDRESS")),
                    port,
                    builder.start(),
                    log,
                    readinessPath);
        } catch (IOException e) {
            throw new StackException("cannot start " + name + " with " + java + ": " + e.getMessage());
        }
    }

    /**
     * Set and empty means the JVM's own defaults. {@value #NAME_PLACEHOLDER} in an option stands for the process's
     * name, so that each one writes files of its own (the benchmark's JFR recordings).
     */
    static List<String> javaOptions(String options, String name) {
        return options == null
                ? QUICK_START
                : Arrays.stream(options.trim().split("\\s+"))
                        .filter(option -> !option.isEmpty())
                        .map(option -> option.replace(NAME_PLACEHOLDER, name))
                        .toList();
    }

    private static List<String> javaOptions(String name) {
        return javaOptions(System.getenv(JAVA_OPTIONS_VARIABLE), name);
    }

    /** Waits until the service answers its readiness probe; fails early, with its last log lines, if it died. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI readiness = URI.create("http://" + host + ":" + port + readinessPath);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackException(
                        name + " stopped during start-up (exit " + process.exitValue() + "):\n" + tail());
            }
            if (ready(readiness)) {
                return;
            }
            pause();
        }
        throw new StackException(name + " was not ready within " + timeout.toSeconds() + " s:\n" + tail());
    }

    String name() {
        return name;
    }

    /** Kills the JVM at once (SIGKILL, {@code kill -9}), as a crashing pod: no shutdown hook, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isGateway() {
        return name.equals("gateway");
    }

    /** Asks the JVM to shut down gracefully (SIGTERM) without waiting, so several can stop at once. */
    void requestStop() {
        process.destroy();
    }

    void stop() {
        stop(LocalStack.STOP_TIMEOUT);
    }

    /** Asks the JVM to shut down gracefully, and kills it when it does not within the timeout. */
    void stop(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static boolean ready(URI uri) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for the suite");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for the suite");
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
