package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.leadflow.deploy.traffic.SuiteClient;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's first command, run the way a user runs it: {@code ./leadflow} with nothing but a JDK, its embedded
 * PostgreSQL and AMQP broker in its data directory. One lead goes through the whole flow, SIGTERM stops everything,
 * and a second start on the same directory still knows the lead. Timings are logged, not asserted.
 */
class EmbeddedStackIT {

    private static final System.Logger LOG = System.getLogger(EmbeddedStackIT.class.getName());
    private static final int PORT_BASE = 28080;
    private static final long START_PATIENCE_MS = 240_000;
    private static final String IDENTITY = "http://localhost:" + (PORT_BASE + 14);
    /** A line of the banner naming who may sign in: role, e-mail, password. */
    private static final Pattern PERSON =
            Pattern.compile("^\\s+\\S+\\s+(\\S+@\\S+)\\s+password (\\S+)$", Pattern.MULTILINE);

    private final Path home = Path.of(System.getProperty("leadflow.home"));
    private final Path dataDir = home.resolve("deploy/target/embedded-it");

    @Test
    void the_suite_runs_on_embedded_infrastructure_stops_cleanly_and_keeps_its_data() throws Exception {
        deleteRecursively(dataDir);
        LeadJourney.Walked lead;
        try (WebhookReceiver webhook = new WebhookReceiver()) {
            Process first = launch("first");
            try {
                SuiteClient gateway = SuiteClient.of("http://localhost:" + PORT_BASE);
                LeadJourney journey = new LeadJourney(gateway, IDENTITY, passwords("first"), webhook);
                lead = journey.qualifyHandOffRejectAndNurture();
                journey.reEngageAndReturnToSales(lead);
            } finally {
                stopAndCheck(first);
            }
        }
        assertJsonLogsWithout(lead.email());
        Process second = launch("second");
        try {
            new LeadJourney(SuiteClient.of("http://localhost:" + PORT_BASE), IDENTITY, passwords("second"), null)
                    .assertBackWithSales(lead.leadId());
        } finally {
            stopAndCheck(second);
        }
    }

    /** The passwords the launcher printed for the journey's people, as a user reads them from the banner. */
    private Map<String, String> passwords(String name) throws IOException {
        Map<String, String> passwords = new HashMap<>();
        Matcher person = PERSON.matcher(Files.readString(dataDir.resolve("launcher-" + name + ".out")));
        while (person.find()) {
            passwords.put(person.group(1), person.group(2));
        }
        assertThat(passwords).containsKeys(LeadJourney.roles().keySet().toArray(String[]::new));
        return passwords;
    }

    private Process launch(String name) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path output = dataDir.resolve("launcher-" + name + ".out");
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(
                "./leadflow",
                "--no-build",
                "--port-base",
                Integer.toString(PORT_BASE),
                "--data-dir",
                dataDir.toString()));
        LeadJourney.roles().forEach((email, role) -> command.addAll(List.of("--person", email + "=" + role)));
        Process launcher = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        while (System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(START_PATIENCE_MS)) {
            String printed = Files.readString(output);
            if (printed.contains("LeadFlow is up")) {
                LOG.log(Level.INFO, "{0} start: up after {1} ms", name, (System.nanoTime() - started) / 1_000_000);
                assertThat(printed).doesNotContain("Exception").contains("/actuator/health", dataDir.toString());
                return launcher;
            }
            if (!launcher.isAlive()) {
                fail("./leadflow ended during start-up (exit " + launcher.exitValue() + "):\n" + printed);
            }
            Thread.sleep(500);
        }
        launcher.destroy();
        return fail("./leadflow printed no banner:\n" + Files.readString(output));
    }

    /** SIGTERM to the launcher, as Ctrl-C or a service manager would; nothing may be left behind. */
    private void stopAndCheck(Process launcher) throws InterruptedException {
        List<ProcessHandle> children = launcher.descendants().toList();
        long stopping = System.nanoTime();
        launcher.destroy();
        boolean exited = launcher.waitFor(60, TimeUnit.SECONDS);
        LOG.log(Level.INFO, "stop: launcher exited after {0} ms", (System.nanoTime() - stopping) / 1_000_000);
        if (!exited) {
            launcher.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
        assertThat(exited).as("the launcher exits on SIGTERM").isTrue();
        assertThat(children).as("the services it started").isNotEmpty();
        assertThat(children.stream().filter(ProcessHandle::isAlive).toList())
                .as("child processes left")
                .isEmpty();
        List<Integer> ports = Stream.concat(
                        IntStream.rangeClosed(PORT_BASE, PORT_BASE + 4).boxed(),
                        Stream.of(PORT_BASE + 10, PORT_BASE + 11, PORT_BASE + 13, PORT_BASE + 14))
                .toList();
        assertThat(ports.stream().filter(port -> !free(port)).toList())
                .as("ports still taken")
                .isEmpty();
        assertThat(dataDir.resolve("postgres/postmaster.pid"))
                .as("PostgreSQL stopped")
                .doesNotExist();
    }

    /**
     * Every process of the suite (not the embedded servers, which keep their own formats) logged JSON records (one per line, as a log pipeline reads them), and none of them holds the
     * lead's e-mail address: logs name leads by id only.
     */
    private void assertJsonLogsWithout(String email) throws IOException {
        List<Path> logs = Stream.of(
                        "gateway",
                        "ingestion-service",
                        "scoring-service",
                        "handoff-service",
                        "nurturing-service",
                        "identity",
                        "console")
                .map(app -> dataDir.resolve("logs").resolve(app + ".log"))
                .toList();
        assertThat(logs).allSatisfy(log -> assertThat(log).exists());
        for (Path log : logs) {
            List<String> lines = Files.readAllLines(log);
            List<String> records =
                    lines.stream().filter(line -> line.startsWith("{")).toList();
            assertThat(records)
                    .as("JSON log records in " + log)
                    .hasSizeGreaterThan(5)
                    .allSatisfy(line -> assertThat(SuiteClient.parse(line).has("@timestamp"))
                            .as(line)
                            .isTrue());
            assertThat(lines)
                    .as("lines of " + log + " naming the lead's e-mail")
                    .noneMatch(line -> line.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT)));
        }
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
