package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestoreRehearsalTest {

    @Test
    void a_module_names_its_database_and_the_gateway_has_none_to_rehearse() {
        assertThat(RestoreRehearsal.databaseName("scoring-service")).isEqualTo("scoring");
        assertThat(RestoreRehearsal.databaseName("handoff")).isEqualTo("handoff");
        assertThatThrownBy(() -> RestoreRehearsal.databaseName("gateway"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ingestion");
    }

    @Test
    void every_other_service_replays_its_outbox_and_the_restored_one_does_not() {
        assertThat(RestoreRehearsal.producersFor("scoring")).containsExactly("ingestion", "handoff", "nurturing");
        assertThat(RestoreRehearsal.producersFor("handoff")).containsExactly("ingestion", "scoring", "nurturing");
    }

    @Test
    void the_cost_sums_the_replays_and_names_each_producer_in_order() {
        RestoreCost cost = new RestoreCost(
                "scoring",
                12_345,
                2048,
                Map.of("nurturing", 3, "ingestion", 400, "handoff", 20),
                380,
                2,
                Duration.ofMillis(21_400),
                Duration.ofMillis(9_050));

        assertThat(cost.replayedTotal()).isEqualTo(423);
        assertThat(cost.render())
                .isEqualTo("restore of scoring: dump of 12345 rows (2 KiB); down for 21.4 s; replayed 423 events"
                        + " (handoff 20, ingestion 400, nurturing 3), 380 of them taken in again by scoring;"
                        + " 2 dead letters re-driven; converged 9.1 s after it was ready");
    }

    @Test
    void a_restore_that_did_not_settle_says_so() {
        RestoreCost cost = new RestoreCost("handoff", 10, 0, Map.of(), 0, 0, Duration.ofSeconds(30), null);

        assertThat(cost.render()).endsWith("0 dead letters re-driven; not converged");
    }
}
