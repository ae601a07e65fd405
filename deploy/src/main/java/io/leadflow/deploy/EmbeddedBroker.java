package io.leadflow.deploy;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.SystemConfig;

/**
 * An AMQP 0-9-1 broker (Qpid Broker-J) in this JVM, so the local run needs no RabbitMQ. Its configuration comes from
 * {@code leadflow-broker.json} at every start; messages live in a Derby store in {@code <dataDir>/broker} and survive
 * a restart. Qpid's own JVM shutdown hook is taken away: {@link LocalStack} stops the broker after the services.
 */
final class EmbeddedBroker implements AutoCloseable {

    private final SystemLauncher launcher;

    private EmbeddedBroker(SystemLauncher launcher) {
        this.launcher = launcher;
    }

    static EmbeddedBroker start(StackConfig config) {
        int port = config.broker().port();
        Ports.requireFree(port, "the embedded AMQP broker", "choose another one with --broker-port");
        Path work = config.dataDir().resolve("broker");
        Path log = config.dataDir().resolve("logs").resolve("broker.log");
        AtomicReference<SystemConfig<?>> system = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void onContainerResolve(SystemConfig<?> systemConfig) {
                system.set(systemConfig);
            }

            @Override
            public void errorOnStartup(RuntimeException e) {
                failure.set(e);
            }
        });
        PrintStream console = System.out;
        try (PrintStream brokerLog =
                new PrintStream(new FileOutputStream(createParents(log).toFile(), true), true)) {
            // Qpid prints start-up failures with their stack trace on System.out; they belong in its log
            System.setOut(brokerLog);
            launcher.startup(Map.of(
                    "type", "Memory",
                    "initialConfigurationLocation",
                            copyResource("leadflow-broker.json", work).toUri().toString(),
                    // the default (classpath:system.properties) cannot be read from inside a Boot fat jar
                    "initialSystemPropertiesLocation",
                            emptyFile(work.resolve("system.properties")).toString(),
                    "startupLoggedToSystemOut", true,
                    "context", Map.of("qpid.work_dir", work.toString(), "qpid.amqp_port", Integer.toString(port))));
        } catch (Exception | LinkageError e) {
            failure.compareAndSet(null, new IllegalStateException(e.getMessage(), e));
        } finally {
            System.setOut(console);
        }
        if (failure.get() != null || system.get() == null) {
            throw new StackException("the embedded AMQP broker did not start in " + work + ": "
                    + (failure.get() == null ? "unknown reason" : failure.get().getMessage()) + "\n  (its log: "
                    + log + "; is another ./leadflow using the same --data-dir?)");
        }
        removeShutdownHook(system.get());
        return new EmbeddedBroker(launcher);
    }

    @Override
    public void close() {
        launcher.shutdown();
    }

    /** Qpid closes itself in a JVM shutdown hook, concurrently with ours; the services must go first. */
    private static void removeShutdownHook(SystemConfig<?> system) {
        Object broker = system.getContainer();
        try {
            for (Class<?> type = broker.getClass(); type != null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getName().equals("_shutdownHook")) {
                        field.setAccessible(true);
                        Runtime.getRuntime().removeShutdownHook((Thread) field.get(broker));
                        return;
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another Qpid version: its hook stays, and the broker may stop while the services still stop
        }
    }

    private static Path copyResource(String name, Path dir) throws IOException {
        Path target = createParents(dir.resolve(name));
        try (InputStream in = EmbeddedBroker.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static Path emptyFile(Path file) throws IOException {
        if (!Files.exists(createParents(file))) {
            Files.writeString(file, "# system properties for the embedded broker; none needed\n");
        }
        return file;
    }

    private static Path createParents(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return file;
    }
}
