package io.leadflow.load;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
        Map<String, String> given = FaultMatrixCommand.arguments(
                args, Map.of("--port-base", "16080", "--leads", "30", "--rate", "20", "--vhost", "leadflow_soak"));
        Path outDir = FaultMatrixCommand.home(given).resolve("load-tests/target/soak");
        given.put("--out", outDir.toString());
        given.put("--kills", "0");
        FaultMatrixOptions options = FaultMatrixCommand.options(given);
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
