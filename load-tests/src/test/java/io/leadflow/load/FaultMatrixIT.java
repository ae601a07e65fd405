package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix in its short form, as CI runs it: one suite on embedded PostgreSQL and the embedded AMQP broker
 * (isolated from other test runs, and a broker and database this test may restart; scoring reaches both through
 * a proxy that can slow down or freeze), a small load per scenario with each lead's profile, and the checker's
 * verdict on each: nothing lost, nothing unexpected, nothing counted twice, one hand-off per qualified lead (two for a
 * recycled one), every rejected lead enrolled once, every profile visible, poison dead-lettered and nothing else. The
 * sales desk (rejections, nurturing, recycles) works in the first scenario only: in each it costs a second drain. After
 * each scenario no healthy message may be left in any DLQ of the run. One long fault runs in short form: scoring's
 * database down for 150 s. The full matrix is {@code deploy/load/run}.
 */
class FaultMatrixIT {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final List<ScenarioResult> RESULTS = new ArrayList<>();
    private static FaultMatrix matrix;

    @BeforeAll
    static void startTheSuite() {
        Path home = Path.of(System.getProperty("leadflow.home"));
        FaultMatrixOptions options = FaultMatrixCommand.options(Map.of(
                "--home", home.toString(),
                "--version", System.getProperty("leadflow.version"),
                "--leads", "12",
                "--rate", "40",
                "--out", home.resolve("load-tests/target/load-it").toString()));
        matrix = FaultMatrix.start(options, OUT);
    }

    @AfterAll
    static void stopTheSuite() {
        if (matrix != null) {
            matrix.close();
        }
        OUT.println(ResultTable.render(RESULTS));
    }

    @Test
    void a_retrying_client_while_ingestion_and_scoring_are_killed_leaves_every_event_exactly_once() throws Exception {
        ScenarioResult result = run(Scenario.clientRetriesWhileKilling("ingestion-service", "scoring-service"), true);

        assertThat(result.attempts())
                .as("every request sent at least twice")
                .isGreaterThanOrEqualTo(2 * result.requests());
        assertThat(result.unknown())
                .as("the retrying client got an answer for every request")
                .isZero();
        assertThat(result.notes())
                .anySatisfy(note -> assertThat(note).startsWith("killed ingestion-service and scoring-service"));
        assertThat(result.lifecycle().rejected())
                .as("the sales desk rejected some hand-offs")
                .isPositive();
    }

    @Test
    void hand_off_and_nurturing_killed_together_during_load_lose_and_repeat_nothing() throws Exception {
        ScenarioResult result = run(Scenario.killTogether("handoff-service", "nurturing-service"));

        assertThat(result.notes())
                .anySatisfy(note -> assertThat(note).startsWith("killed handoff-service and nurturing-service"));
        assertThat(result.qualified())
                .as("leads qualified while hand-off was down, each handed off once")
                .isPositive();
    }

    @Test
    void a_slow_database_link_under_scoring_loses_and_repeats_nothing() throws Exception {
        ScenarioResult result = run(Scenario.databaseDelay());

        assertThat(result.notes())
                .anySatisfy(note -> assertThat(note).startsWith("delayed scoring-service's " + "PostgreSQL link"));
    }

    @Test
    void poison_messages_land_in_the_dead_letter_queue_while_healthy_traffic_is_scored() throws Exception {
        ScenarioResult result = run(Scenario.poison(2));

        assertThat(result.poisonDeadLettered()).isEqualTo(2);
    }

    @Test
    void a_broker_restart_during_load_loses_and_repeats_nothing() throws Exception {
        ScenarioResult result = run(Scenario.brokerRestart());

        assertThat(result.notes()).anySatisfy(note -> assertThat(note).startsWith("restarted the broker"));
    }

    @Test
    void a_frozen_database_connection_under_scoring_loses_and_repeats_nothing_once_thawed() throws Exception {
        ScenarioResult result = run(Scenario.databaseFreeze(20));

        assertThat(result.notes())
                .anySatisfy(note -> assertThat(note).startsWith("froze scoring-service's " + "PostgreSQL link"));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).startsWith("scoring-service: health"));
    }

    /**
     * Scoring's database gone for 150 s, far beyond the consumers' old budget (4 attempts in about 6.5 s, then the
     * DLQ) and the 30 s they now wait at most between two attempts: the engagements wait with their consumers, scoring
     * says it is not ready meanwhile, and every one is scored once the database is back; none reaches a DLQ.
     */
    @Test
    void scoring_s_database_down_for_two_and_a_half_minutes_holds_every_message_and_dead_letters_none()
            throws Exception {
        ScenarioResult result = run(Scenario.databaseOutage(Duration.ofSeconds(150)));

        assertThat(result.notes())
                .anySatisfy(note -> assertThat(note).startsWith("cut scoring-service's PostgreSQL link"));
        assertThat(result.notes())
                .as("scoring's readiness went down during the outage")
                .anySatisfy(note -> assertThat(note)
                        .startsWith("scoring-service: readiness")
                        .contains("DOWN(503)"));
        assertThat(result.healthyInDlq()).isZero();
        assertThat(result.deadLetters()).isZero();
    }

    @Test
    void a_database_restart_during_load_loses_and_repeats_nothing() throws Exception {
        ScenarioResult result = run(Scenario.databaseRestart());

        assertThat(result.notes()).anySatisfy(note -> assertThat(note).startsWith("restarted PostgreSQL"));
    }

    private static ScenarioResult run(Scenario scenario) throws InterruptedException {
        return run(scenario, false);
    }

    private static ScenarioResult run(Scenario scenario, boolean decideHandoffs) throws InterruptedException {
        ScenarioResult result = matrix.run(scenario, decideHandoffs);
        RESULTS.add(result);
        String table = ResultTable.render(List.of(result));
        OUT.println(table);
        assertThat(result.accepted()).as("some load got through\n" + table).isPositive();
        assertThat(result.clean()).as(table).isTrue();
        return result;
    }
}
