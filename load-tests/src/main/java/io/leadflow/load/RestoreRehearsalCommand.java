package io.leadflow.load;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line behind {@code deploy/load/run --restore-rehearsal}: starts the suite, rehearses the restore of each
 * named service's database under load ({@link RestoreRehearsal}), prints the check and the cost of each; exit status
 * 1 when a check fails or a restored service did not converge.
 */
public final class RestoreRehearsalCommand {

    private RestoreRehearsalCommand() {}

    /**
     * {@code [--service scoring-service,handoff-service] [--infra external|embedded] [--leads N] [--rate R]
     * [--seed S] [--port-base P] [--vhost V] [--home DIR] [--version V]}.
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> given = FaultMatrixCommand.arguments(
                args,
                Map.of(
                        "--infra",
                        "external",
                        "--port-base",
                        "28080",
                        "--leads",
                        "300",
                        "--rate",
                        "10",
                        "--vhost",
                        "leadflow_restore"));
        FaultMatrixOptions options = FaultMatrixCommand.options(given);
        List<String> modules =
                List.of(given.getOrDefault("--service", "scoring-service").split(","));
        modules.forEach(RestoreRehearsal::databaseName);
        Path dir = options.outDir().resolve("restore");
        List<ScenarioResult> results = new ArrayList<>();
        List<String> costs = new ArrayList<>();
        boolean converged = true;
        try (FaultMatrix matrix = FaultMatrix.start(options, out)) {
            Runtime.getRuntime().addShutdownHook(new Thread(matrix::close, "stop-the-suite"));
            for (String module : modules) {
                RestoreRehearsal rehearsal =
                        new RestoreRehearsal(matrix.stack(), matrix::admin, module, dir, options.drainTimeout(), out);
                results.add(matrix.run(rehearsal.scenario()));
                RestoreCost cost = rehearsal.cost();
                costs.add(cost == null ? "restore of " + module + ": did not complete" : cost.render());
                converged &= cost != null && cost.converged() != null;
                out.println(ResultTable.render(results.subList(results.size() - 1, results.size())));
            }
        }
        String report = ResultTable.render(results) + "\n\n" + String.join("\n", costs) + "\n";
        out.println();
        out.println(report);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("restore-rehearsal.txt"), report);
        System.exit(converged && results.stream().allMatch(ScenarioResult::clean) ? 0 : 1);
    }
}
