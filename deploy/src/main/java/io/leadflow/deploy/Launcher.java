package io.leadflow.deploy;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./leadflow}: runs the suite locally until Ctrl-C. Options: {@code --home DIR} (the repository, default the
 * working directory), {@code --port-base N} (gateway port; services take the next four), {@code --data-dir DIR}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        StackConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("leadflow: " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack;
        try {
            System.out.println("LeadFlow: starting the services (logs in " + config.dataDir().resolve("logs") + ")");
            stack = LocalStack.start(config);
        } catch (StackException e) {
            System.err.println("leadflow: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("LeadFlow: stopping (gateway first, then the services)");
            stack.close();
            stopped.countDown();
        }));
        System.out.println("""

                LeadFlow is up.
                  Gateway:        %1$s
                  Health:         %1$s/actuator/health
                  Send an event:  curl -X POST %1$s/api/v1/events -H 'Content-Type: application/json' \\
                                    -d '{"type":"demo_requested","occurredAt":"2026-11-20T10:00:00Z",\\
                                    "email":"jane@acme.example","channel":"contact_form"}'
                  Authentication: none yet in this version (the gateway's security issue adds it).
                Press Ctrl-C to stop.
                """.formatted(config.gatewayUrl()));
        stopped.await();
    }

    static StackConfig parse(String[] args) {
        String version = Launcher.class.getPackage().getImplementationVersion();
        Path home = Path.of("").toAbsolutePath();
        Integer portBase = null;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> home = Path.of(require(args[i], value)).toAbsolutePath();
                case "--port-base" -> portBase = port(require(args[i], value));
                case "--data-dir" -> dataDir = Path.of(require(args[i], value)).toAbsolutePath();
                case "--version" -> version = require(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; known: --home DIR, --port-base N, --data-dir DIR");
            }
            i++;
        }
        if (version == null) {
            throw new IllegalArgumentException("cannot tell the suite's version; pass --version");
        }
        StackConfig config = StackConfig.defaults(home, version);
        config = portBase == null ? config : config.withPortBase(portBase);
        return dataDir == null ? config : config.withDataDir(dataDir);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1024 || port > 65530) {
                throw new IllegalArgumentException("--port-base must be between 1024 and 65530");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port-base must be a number, got " + text);
        }
    }
}
