package io.leadflow.load.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The timer proof in its short form, as CI runs it: 150 timers (30 hand-offs left to remind and breach, 30 leads
 * rejected into a three-step track) on windows of seconds, two replicas of the hand-off and the nurturing service,
 * the second of each killed with {@code kill -9} once the first effects arrived, take-over sped up; every reminder,
 * breach and nurture step must reach its webhook exactly once, none twice under different delivery ids, none that a
 * rejection should have stopped. The full proof is {@code deploy/load/run --timers}.
 */
class TimerProofIT {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Test
    void every_timer_has_its_effect_exactly_once_while_a_replica_of_each_service_is_killed() throws Exception {
        Path home = Path.of(System.getProperty("leadflow.home"));
        TimerProofOptions options = TimerProofOptions.shortForm(home, System.getProperty("leadflow.version"), 150);

        TimerReport report;
        try (TimerProof proof = TimerProof.start(options, OUT)) {
            report = proof.run();
        }
        String table = report.render();
        OUT.println(table);

        assertThat(report.total().expected()).as(table).isEqualTo(150);
        assertThat(report.total().missed()).as("missed\n" + table).isZero();
        assertThat(report.total().doubled()).as("doubled\n" + table).isZero();
        assertThat(report.total().unexpected()).as("unexpected\n" + table).isZero();
        assertThat(report.total().once()).as(table).isEqualTo(150);
        assertThat(report.notes())
                .anySatisfy(note -> assertThat(note).contains("killed handoff-service-2 and nurturing-service-2"));
    }
}
