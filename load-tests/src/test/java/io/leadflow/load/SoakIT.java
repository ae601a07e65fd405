package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The soak in its CI form: the same code as {@code deploy/load/run --soak} for five minutes with a sample every 15 s,
 * on the machine's PostgreSQL and RabbitMQ (databases {@code leadflow_soak<suffix>_*}, the test run's virtual host),
 * where rabbitmqctl counts unacknowledged messages too. No series may grow steadily, and every round of the load is
 * clean: nothing lost, nothing unexpected, nothing counted twice.
 */
class SoakIT {

    @Test
    void five_minutes_of_mixed_load_grow_nothing_steadily_and_lose_or_repeat_no_event() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        String vhost = System.getenv().getOrDefault("LEADFLOW_RABBIT_VHOST", "/");
        Path outDir = home.resolve("load-tests/target/soak-it");
        FaultMatrixOptions defaults = FaultMatrixOptions.defaults(home, System.getProperty("leadflow.version"));
        FaultMatrixOptions options = new FaultMatrixOptions(
                home,
                defaults.version(),
                false,
                16080,
                20,
                20,
                defaults.seed(),
                outDir,
                vhost.isBlank() ? "/" : vhost,
                null,
                null,
                0,
                defaults.drainTimeout(),
                defaults.proxied());

        Soak.Outcome outcome = Soak.run(
                new Soak.Settings(
                        options, "leadflow_soak" + suffix + "_", Duration.ofMinutes(5), Duration.ofSeconds(15), outDir),
                out);
        out.println(outcome.summary());

        assertThat(outcome.growing()).as(outcome.summary()).isEmpty();
        assertThat(outcome.rounds()).as("rounds of load").hasSizeGreaterThanOrEqualTo(2);
        assertThat(outcome.lost()).as("lost").isZero();
        assertThat(outcome.unexpected()).as("unexpected").isZero();
        assertThat(outcome.doubleCounted()).as("double-counted").isZero();
        assertThat(outcome.clean()).as("every round clean").isTrue();
        assertThat(outcome.report().count()).as("samples").isGreaterThanOrEqualTo(12);
        assertThat(outcome.summary())
                .contains("heap after GC (MiB): scoring-service")
                .contains("database connections (connections): handoff-service")
                .contains("queue depth (messages): lead.engagements.scoring-service");
        assertThat(outDir.resolve("samples.csv")).exists();
        assertThat(Files.readString(outDir.resolve("heap-after-gc.svg"))).contains("scoring-service");
    }
}
