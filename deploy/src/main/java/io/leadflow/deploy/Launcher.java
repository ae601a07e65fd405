package io.leadflow.deploy;

import io.leadflow.deploy.demo.Demo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./leadflow}: runs the suite locally until Ctrl-C. Options: {@code --home DIR} (the repository, default the
 * working directory), {@code --port-base N} (gateway port; services take the next four), {@code --data-dir DIR},
 * {@code --infra embedded|external} (embedded by default: PostgreSQL on port base + 10 and an AMQP broker on + 11,
 * moved with {@code --db-port N} and {@code --broker-port N}; external: the ones already running), {@code --demo}
 * (sets up a sales team, streams synthetic leads and plays the reps; notifications show at port base + 12, and one
 * person per role can sign in), {@code --person EMAIL=ROLE} (repeatable: who may sign in, instead of one admin),
 * {@code --bind ADDRESS} (where the gateway listens: 127.0.0.1 by default, like every other process; another address
 * is warned about, and the rest stays on 127.0.0.1), {@code --no-console} (no web console). People sign in with the
 * local identity provider (port base + 14), with passwords made up at start and printed: in the web console at the
 * gateway's address (the console itself on + 13), or, for a tool acting as a person, as its public client
 * {@code leadflow-cli}.
 */
public final class Launcher {

    private static final String OPTIONS = "--home DIR, --port-base N, --data-dir DIR, --infra embedded|external,"
            + " --db-port N, --broker-port N, --bind ADDRESS, --demo, --person EMAIL=ROLE, --no-console";

    private static final List<String> ROLES = List.of("admin", "marketing", "sales_rep", "sales_manager");

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
        ConsolePeople people;
        try {
            List<String> rest = List.of(args).stream()
                    .filter(arg -> !arg.equals("--demo") && !arg.equals("--no-console"))
                    .toList();
            people = people(rest, demoMode);
            config = parse(withoutPeople(rest));
        } catch (IllegalArgumentException e) {
            System.err.println("leadflow: " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = LocalStack.of(config);
        if (console) {
            stack.withConsole(people);
        } else {
            stack.withPeople(people);
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
        bindWarning(config).ifPresent(warning -> System.out.println("LeadFlow: warning: " + warning));
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
                banner(config, seconds(started), peopleBanner(config, stack.identityUrl(), people, console)));
        if (demo != null) {
            System.out.println("Demo: notifications to reps, Slack and marketing automation show at " + demo.inboxUrl()
                    + "\n      progress lines follow here.\n");
            demo.start(config.gatewayUrl(), stack.identityUrl(), people.passwords());
        }
        stopped.await();
    }

    static String banner(StackConfig config, String seconds, String console) {
        return """

                LeadFlow is up (in %2$s s).
                  Gateway:        %1$s
                  API docs:       %1$s/swagger-ui.html
                  Health:         %1$s/actuator/health
                  Bearer tokens:  a tool acting as one of the people below signs in at the local identity provider
                                  as its public client leadflow-cli (Authorization Code with PKCE; deploy's LocalSignIn
                                  does it), then sends -H "Authorization: Bearer <access_token>" (docs/security.md).
                  Event sources:  an admin creates an API key (POST /api/v1/api-keys {"name":"my tool"}), the tool
                                  sends it as -H "X-Api-Key: <key>" (or Segment-style: curl -u "<key>:"):
                                    curl -X POST %1$s/api/v1/events -H "X-Api-Key: <key>" \\
                                      -H 'Content-Type: application/json' \\
                                      -d '{"type":"demo_requested","email":"jane@acme.example","channel":"contact_form"}'
                  Data:           %3$s
                %4$sPress Ctrl-C to stop.
                """.formatted(config.gatewayUrl(), seconds, dataDescription(config), console);
    }

    /** Where the console is, if it runs, and who can sign in, with the passwords made up for this run. */
    static String peopleBanner(StackConfig config, String identityUrl, ConsolePeople people, boolean console) {
        StringBuilder banner = new StringBuilder("""
                  %s  (people sign in at the local identity provider, %s,
                                  FOR LOCAL USE ONLY; the passwords are new on every start):
                """.formatted(
                        console ? "Console:        " + config.gatewayUrl() + "/" : "People:         ", identityUrl));
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
            Demo demo = Demo.prepare(config.portBase(), config.gatewayUrl(), System.out);
            demo.environment().forEach(stack::addEnvironment);
            return demo;
        } catch (IOException e) {
            throw new StackException("cannot start the demo's inbox on port " + port + ": " + e.getMessage());
        }
    }

    /** Who may sign in: the {@code --person EMAIL=ROLE} options, else the demo's people, else one admin. */
    static ConsolePeople people(List<String> args, boolean demo) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--person")) {
                String value = require("--person", i + 1 < args.size() ? args.get(i + 1) : null);
                int equals = value.indexOf('=');
                String role = equals < 0 ? "" : value.substring(equals + 1).strip();
                if (equals < 1 || !value.substring(0, equals).contains("@") || !ROLES.contains(role)) {
                    throw new IllegalArgumentException(
                            "--person is EMAIL=ROLE with a role among " + String.join(", ", ROLES) + ", got " + value);
                }
                roles.put(value.substring(0, equals).strip().toLowerCase(Locale.ROOT), role);
                i++;
            }
        }
        if (!roles.isEmpty()) {
            return ConsolePeople.withRoles(roles);
        }
        return demo ? ConsolePeople.withRoles(Demo.people()) : ConsolePeople.admin();
    }

    /** The arguments without {@code --person EMAIL=ROLE}. */
    static String[] withoutPeople(List<String> args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--person")) {
                i++;
            } else {
                rest.add(args.get(i));
            }
        }
        return rest.toArray(String[]::new);
    }

    static StackConfig parse(String[] args) {
        String version = Launcher.class.getPackage().getImplementationVersion();
        Path home = Path.of("").toAbsolutePath();
        Integer portBase = null;
        Integer dbPort = null;
        Integer brokerPort = null;
        String bind = null;
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
                case "--bind" -> bind = address(require(args[i], value));
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
        config = bind == null ? config : config.withBindAddress(bind);
        return dataDir == null ? config : config.withDataDir(dataDir);
    }

    /**
     * Said aloud when {@code --bind} opens the gateway beyond this machine: who can reach it, and what stays local.
     */
    static Optional<String> bindWarning(StackConfig config) {
        if (!config.bindsBeyondLoopback()) {
            return Optional.empty();
        }
        return Optional.of("the gateway listens on " + config.bindAddress() + ":" + config.portBase()
                + ", reachable from other machines: anyone who reaches it may try API keys and tokens, over plain HTTP"
                + " (no TLS). The services, the console, the identity provider, PostgreSQL and the broker stay on"
                + " 127.0.0.1; people still sign in on this machine.");
    }

    /** An IP address or a host name of this machine. */
    private static String address(String value) {
        String address = value.strip();
        if (address.isEmpty() || !address.matches("[0-9A-Za-z.:\\[\\]-]+")) {
            throw new IllegalArgumentException("--bind needs an IP address or host name, got " + value);
        }
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
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
