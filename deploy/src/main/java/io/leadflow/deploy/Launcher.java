package io.leadflow.deploy;

import io.leadflow.deploy.demo.Demo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./leadflow}: runs the suite locally until Ctrl-C. Options: {@code --home DIR} (the repository, default the
 * working directory), {@code --port-base N} (gateway port; services take the next four), {@code --data-dir DIR},
 * {@code --infra embedded|external} (embedded by default: PostgreSQL on port base + 10 and an AMQP broker on + 11,
 * moved with {@code --db-port N} and {@code --broker-port N}; external: the ones already running), {@code --demo}
 * (sets up a sales team, streams synthetic leads and plays the reps; notifications show at port base + 12, and one
 * person per role can sign in to the console), {@code --no-console} (only the services and the gateway). The web
 * console is at the gateway's address; people sign in with the local identity provider (port base + 14, the console
 * itself on + 13), with an admin whose password is made up at start and printed, or the demo's people.
 */
public final class Launcher {

    private static final String OPTIONS = "--home DIR, --port-base N, --data-dir DIR, --infra embedded|external,"
            + " --db-port N, --broker-port N, --demo, --no-console";

    /** The highest port a local run takes above the port base: the identity provider's. */
    static final int LAST_PORT_OFFSET = 14;

    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        // the embedded servers log through SLF4J without a binding; their logs are files under the data dir
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        StackConfig config;
        boolean demoMode = List.of(args).contains("--demo");
        boolean console = !List.of(args).contains("--no-console");
        try {
            config = parse(List.of(args).stream()
                    .filter(arg -> !arg.equals("--demo") && !arg.equals("--no-console"))
                    .toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            System.err.println("leadflow: " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = LocalStack.of(config);
        ConsolePeople people = demoMode ? ConsolePeople.withRoles(Demo.people()) : ConsolePeople.admin();
        if (console) {
            stack.withConsole(people);
        }
        Demo demo;
        try {
            demo = demoMode ? prepareDemo(config, stack) : null;
        } catch (StackException e) {
            System.err.println("leadflow: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean failed = new AtomicBoolean();
        // installed before anything starts, so that Ctrl-C during start-up stops what already runs
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long stopping = System.nanoTime();
            if (demo != null) {
                demo.close();
            }
            if (!failed.get()) {
                System.out.println("LeadFlow: stopping (gateway first, then the services"
                        + (config.embedded() ? ", then the broker and PostgreSQL)" : ")"));
            }
            stack.close();
            if (!failed.get()) {
                System.out.println("LeadFlow: stopped in " + seconds(stopping) + " s");
            }
            stopped.countDown();
        }));
        Ports.ephemeralWarning(config.portBase(), config.portBase() + LAST_PORT_OFFSET, Ports.EPHEMERAL_RANGE)
                .ifPresent(warning -> System.out.println("LeadFlow: warning: " + warning));
        try {
            System.out.println("LeadFlow: starting "
                    + (config.embedded() ? "PostgreSQL, the AMQP broker and the services" : "the services")
                    + " (logs in " + config.dataDir().resolve("logs") + ")");
            stack.run();
        } catch (StackException e) {
            if (!stack.closing()) {
                failed.set(true);
                System.err.println("leadflow: " + e.getMessage());
            }
            System.exit(1);
            return;
        }
        System.out.println(
                banner(config, seconds(started), console ? consoleBanner(config, stack.identityUrl(), people) : ""));
        if (demo != null) {
            System.out.println("Demo: notifications to reps, Slack and marketing automation show at " + demo.inboxUrl()
                    + "\n      progress lines follow here.\n");
            demo.start(config.gatewayUrl());
        }
        stopped.await();
    }

    static String banner(StackConfig config, String seconds, String console) {
        return """

                LeadFlow is up (in %2$s s).
                  Gateway:        %1$s
                  API docs:       %1$s/swagger-ui.html
                  Health:         %1$s/actuator/health
                  Sign in:        this local run signs its own tokens (FOR LOCAL USE ONLY, never in Kubernetes):
                                    curl -X POST %1$s/local-auth/token -H 'Content-Type: application/json' \\
                                      -d '{"email":"you@example.com","roles":["admin"]}'
                                  then send -H "Authorization: Bearer <access_token>" (roles: admin, marketing,
                                  sales_rep, sales_manager; docs/security.md has who may do what).
                  Event sources:  an admin creates an API key (POST /api/v1/api-keys {"name":"my tool"}), the tool
                                  sends it as -H "X-Api-Key: <key>" (or Segment-style: curl -u "<key>:"):
                                    curl -X POST %1$s/api/v1/events -H "X-Api-Key: <key>" \\
                                      -H 'Content-Type: application/json' \\
                                      -d '{"type":"demo_requested","email":"jane@acme.example","channel":"contact_form"}'
                  Data:           %3$s
                %4$sPress Ctrl-C to stop.
                """.formatted(config.gatewayUrl(), seconds, dataDescription(config), console);
    }

    /** Where the console is and who can sign in, with the passwords made up for this run. */
    static String consoleBanner(StackConfig config, String identityUrl, ConsolePeople people) {
        StringBuilder banner = new StringBuilder("""
                  Console:        %s/  (people sign in at the local identity provider, %s,
                                  FOR LOCAL USE ONLY; the passwords are new on every start):
                """.formatted(config.gatewayUrl(), identityUrl));
        for (ConsolePeople.Person person : people.all()) {
            banner.append(String.format(
                    Locale.ROOT,
                    "                    %-14s %-36s password %s%n",
                    person.role(),
                    person.email(),
                    person.password()));
        }
        return banner.toString();
    }

    private static Demo prepareDemo(StackConfig config, LocalStack stack) {
        int port = config.portBase() + Demo.INBOX_OFFSET;
        Ports.requireFree(port, "the demo's notification inbox", "choose other ports with --port-base");
        try {
            Demo demo = Demo.prepare(config.portBase(), System.out);
            demo.environment().forEach(stack::addEnvironment);
            return demo;
        } catch (IOException e) {
            throw new StackException("cannot start the demo's inbox on port " + port + ": " + e.getMessage());
        }
    }

    static StackConfig parse(String[] args) {
        String version = Launcher.class.getPackage().getImplementationVersion();
        Path home = Path.of("").toAbsolutePath();
        Integer portBase = null;
        Integer dbPort = null;
        Integer brokerPort = null;
        Path dataDir = null;
        boolean embedded = true;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> home = Path.of(require(args[i], value)).toAbsolutePath();
                case "--port-base" -> portBase = port(args[i], require(args[i], value));
                case "--db-port" -> dbPort = port(args[i], require(args[i], value));
                case "--broker-port" -> brokerPort = port(args[i], require(args[i], value));
                case "--data-dir" -> dataDir = Path.of(require(args[i], value)).toAbsolutePath();
                case "--version" -> version = require(args[i], value);
                case "--infra" -> embedded = infra(require(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + OPTIONS);
            }
            i++;
        }
        if (version == null) {
            throw new IllegalArgumentException("cannot tell the suite's version; pass --version");
        }
        if (!embedded && (dbPort != null || brokerPort != null)) {
            throw new IllegalArgumentException("--db-port and --broker-port are for --infra embedded; for external"
                    + " servers set LEADFLOW_DB_PORT and LEADFLOW_RABBIT_PORT");
        }
        StackConfig config = StackConfig.defaults(home, version);
        config = embedded ? config.withEmbeddedInfra() : config;
        config = portBase == null ? config : config.withPortBase(portBase);
        config = config.withInfraPorts(dbPort, brokerPort);
        return dataDir == null ? config : config.withDataDir(dataDir);
    }

    private static String dataDescription(StackConfig config) {
        if (!config.embedded()) {
            return "PostgreSQL " + config.database().host() + ":"
                    + config.database().port() + " and RabbitMQ "
                    + config.broker().host() + ":" + config.broker().port() + "; logs in "
                    + config.dataDir().resolve("logs");
        }
        return config.dataDir() + " (PostgreSQL :" + config.database().port() + " in postgres/, AMQP broker :"
                + config.broker().port() + " in broker/, logs/); delete it to start afresh";
    }

    private static boolean infra(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "embedded" -> true;
            case "external" -> false;
            default -> throw new IllegalArgumentException("--infra is embedded or external, got " + value);
        };
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static int port(String option, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1024 || port > 65530) {
                throw new IllegalArgumentException(option + " must be between 1024 and 65530");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, got " + text);
        }
    }
}
