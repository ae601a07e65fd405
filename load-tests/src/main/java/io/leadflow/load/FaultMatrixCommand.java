package io.leadflow.load;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line behind {@code deploy/load/run}: the fault matrix, one table, exit status 1 when a row fails. */
public final class FaultMatrixCommand {

    private FaultMatrixCommand() {}

    /**
     * {@code deploy/load/run [--infra embedded|external] [--leads N] [--rate R] [--seed S] [--kills K]
     * [--scenarios a,b,...] [--port-base P] [--vhost V] [--proxied MODULE] [--outage-minutes M] [--alarm-minutes A]
     * [--home DIR] [--version V]}: {@code M} (default 10) is how long db-outage and broker-outage keep their server
     * down, {@code A} (default 3) how long broker-disk-alarm blocks the publishers; both may be fractions (0.5).
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> given = arguments(args);
        FaultMatrixOptions options = options(given);
        List<Scenario> all = Scenario.catalogue(
                options.kills(),
                options.embedded(),
                minutes(given.getOrDefault("--outage-minutes", "10")),
                minutes(given.getOrDefault("--alarm-minutes", "3")));
        List<Scenario> chosen = all;
        if (given.containsKey("--scenarios")) {
            Set<String> names = Set.of(given.get("--scenarios").split(","));
            chosen = all.stream()
                    .filter(s -> names.stream().anyMatch(n -> s.name().startsWith(n)))
                    .toList();
        }
        List<ScenarioResult> results = new ArrayList<>();
        try (FaultMatrix matrix = FaultMatrix.start(options, out)) {
            // Ctrl-C or SIGTERM: the services run in their own sessions and would outlive this JVM
            Thread stopper = new Thread(matrix::close, "stop-the-suite");
            Runtime.getRuntime().addShutdownHook(stopper);
            for (Scenario scenario : chosen) {
                results.add(matrix.run(scenario));
                out.println(ResultTable.render(results.subList(results.size() - 1, results.size())));
            }
        }
        String table = ResultTable.render(results);
        out.println();
        out.println(table);
        Files.writeString(options.outDir().resolve("fault-matrix.txt"), table);
        System.exit(results.stream().allMatch(ScenarioResult::clean) ? 0 : 1);
    }

    /** The command line's {@code --name value} pairs. */
    public static Map<String, String> arguments(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            given.put(args[i], args[i + 1]);
        }
        return given;
    }

    /**
     * The command line's {@code --name value} pairs over a command's own defaults for some of them (e.g. the soak's
     * port base), which the fault matrix's defaults then complete.
     */
    public static Map<String, String> arguments(String[] args, Map<String, String> defaults) {
        Map<String, String> given = new LinkedHashMap<>(defaults);
        given.putAll(arguments(args));
        return given;
    }

    /** The checkout whose jars a command runs ({@code --home}; the working directory by default). */
    public static Path home(Map<String, String> given) {
        return Path.of(given.getOrDefault("--home", "")).toAbsolutePath();
    }

    /** The version of those jars ({@code --version}; the harness's own by default). */
    public static String version(Map<String, String> given) {
        return given.getOrDefault(
                "--version", FaultMatrixCommand.class.getPackage().getImplementationVersion());
    }

    /** The run's options from the command line's pairs, the defaults where one is not given. */
    public static FaultMatrixOptions options(Map<String, String> given) {
        Path home = home(given);
        String version = version(given);
        FaultMatrixOptions defaults = FaultMatrixOptions.defaults(home, version);
        return new FaultMatrixOptions(
                home,
                version,
                !"external".equals(given.getOrDefault("--infra", "embedded")),
                Integer.parseInt(given.getOrDefault("--port-base", Integer.toString(defaults.portBase()))),
                Integer.parseInt(given.getOrDefault("--leads", Integer.toString(defaults.leads()))),
                Long.parseLong(given.getOrDefault("--rate", Long.toString(defaults.rate()))),
                Long.parseLong(given.getOrDefault("--seed", Long.toString(defaults.seed()))),
                Path.of(given.getOrDefault("--out", defaults.outDir().toString())),
                given.getOrDefault("--vhost", defaults.vhost()),
                defaults.apiKey(),
                defaults.token(),
                Integer.parseInt(given.getOrDefault("--kills", Integer.toString(defaults.kills()))),
                defaults.drainTimeout(),
                given.getOrDefault("--proxied", defaults.proxied()));
    }

    private static Duration minutes(String value) {
        return Duration.ofSeconds(Math.round(Double.parseDouble(value) * 60));
    }
}
