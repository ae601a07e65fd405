package io.leadflow.load;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line behind {@code deploy/load/run --soak}: prints the soak's Markdown summary and exits 1, naming the
 * series, when one grows steadily or a round of the load was not clean.
 */
public final class SoakCommand {

    private SoakCommand() {}

    /**
     * {@code deploy/load/run --soak [--minutes 60] [--rate 20] [--leads 30] [--sample-seconds 60] [--infra
     * embedded|external] [--port-base 16080] [--vhost leadflow_soak] [--seed 42]}.
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            given.put(args[i], args[i + 1]);
        }
        Path home = Path.of(given.getOrDefault("--home", "")).toAbsolutePath();
        String version =
                given.getOrDefault("--version", SoakCommand.class.getPackage().getImplementationVersion());
        FaultMatrixOptions defaults = FaultMatrixOptions.defaults(home, version);
        Path outDir = home.resolve("load-tests/target/soak");
        FaultMatrixOptions options = new FaultMatrixOptions(
                home,
                version,
                !"external".equals(given.getOrDefault("--infra", "embedded")),
                Integer.parseInt(given.getOrDefault("--port-base", "16080")),
                Integer.parseInt(given.getOrDefault("--leads", "30")),
                Long.parseLong(given.getOrDefault("--rate", "20")),
                Long.parseLong(given.getOrDefault("--seed", Long.toString(defaults.seed()))),
                outDir,
                given.getOrDefault("--vhost", "leadflow_soak"),
                defaults.apiKey(),
                defaults.token(),
                0,
                defaults.drainTimeout(),
                defaults.proxied());
        Soak.Outcome outcome = Soak.run(
                new Soak.Settings(
                        options,
                        "leadflow_soak_",
                        Duration.ofMinutes(Long.parseLong(given.getOrDefault("--minutes", "60"))),
                        Duration.ofSeconds(Long.parseLong(given.getOrDefault("--sample-seconds", "60"))),
                        outDir),
                out);
        out.println();
        out.println(outcome.summary());
        if (!outcome.growing().isEmpty()) {
            out.println("soak failed: steady growth in");
            outcome.growing().forEach(series -> out.println("  " + series.label()));
        }
        if (!outcome.clean()) {
            out.println("soak failed: not every round of the load was clean (see the rounds' tables above)");
        }
        System.exit(outcome.passed() ? 0 : 1);
    }
}
