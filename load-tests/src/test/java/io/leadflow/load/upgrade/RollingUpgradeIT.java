package io.leadflow.load.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.load.FaultMatrix;
import io.leadflow.load.FaultMatrixCommand;
import io.leadflow.load.FaultMatrixOptions;
import io.leadflow.load.ResultTable;
import io.leadflow.load.ScenarioResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rolling upgrade in its short form, as CI runs it: the previous release's four services (built once per commit
 * into {@code load-tests/target/previous-release}, with this build's Maven repository) start beside the current suite
 * on embedded PostgreSQL and the embedded AMQP broker, against the schema the current version migrated; the load
 * runs while the current consumers stop, start again beside the previous ones, and the previous release's processes
 * stop one at a time. The checker finds nothing lost, unexpected, counted twice or dead-lettered, every qualified lead
 * handed off once and every rejected one nurtured. The full-size form is {@code deploy/load/run --upgrade}.
 */
class RollingUpgradeIT {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final int PORT_BASE = 15080;

    @Test
    void the_previous_release_and_the_current_one_share_queues_and_databases_during_a_roll_and_lose_nothing()
            throws Exception {
        Path home = Path.of(System.getProperty("leadflow.home"));
        PreviousRelease release = PreviousRelease.recordedIn(home);
        Map<String, Path> jars = release.jars(Path.of(System.getProperty("leadflow.maven.repository")), OUT);
        FaultMatrixOptions options = FaultMatrixCommand.options(Map.of(
                "--home", home.toString(),
                "--version", System.getProperty("leadflow.version"),
                "--leads", "40",
                "--rate", "5",
                "--port-base", Integer.toString(PORT_BASE),
                "--out", home.resolve("load-tests/target/upgrade-it").toString()));

        ScenarioResult result;
        try (FaultMatrix matrix = FaultMatrix.start(options, OUT)) {
            result = RollingUpgrade.run(matrix, release, jars, OUT);
        }
        String table = ResultTable.render(List.of(result));
        OUT.println(table);

        assertThat(result.accepted()).as("some load got through\n" + table).isPositive();
        assertThat(result.clean()).as(table).isTrue();
        assertThat(result.deadLetters()).as("nothing dead-lettered\n" + table).isZero();
        assertThat(result.lifecycle().rejected())
                .as("the sales desk rejected some hand-offs")
                .isPositive();
        for (String module : PreviousRelease.MODULES) {
            assertThat(result.notes())
                    .as("the previous release's " + module + " ran and was stopped during the roll")
                    .anySatisfy(note -> assertThat(note).startsWith("stopped " + module + "-2 "));
        }
        assertThat(result.notes())
                .anySatisfy(note -> assertThat(note).startsWith("started scoring-service and handoff-service"));
    }
}
