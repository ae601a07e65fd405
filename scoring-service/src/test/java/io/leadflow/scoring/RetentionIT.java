package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.retention.RetentionJob;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scoring's retention rules run against its own schema: consumed event ids go only after their whole horizon, so a
 * redelivery within it is still recognised.
 */
class RetentionIT extends ScoringItSupport {

    @Autowired
    RetentionJob retention;

    @Test
    void every_rule_runs_against_the_schema_and_processed_ids_stay_for_their_horizon() {
        UUID old = processed("401 days");
        UUID kept = processed("399 days");

        assertThat(retention.apply()).containsKeys("sent-outbox", "processed-events");

        assertThat(jdbc.sql("select event_id from processed_event where event_id in (:ids)")
                        .param("ids", java.util.List.of(old, kept))
                        .query(UUID.class)
                        .list())
                .containsExactly(kept);
    }

    private UUID processed(String age) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into processed_event (event_id, processed_at) values (:id, now() - cast(:age as interval))")
                .param("id", id)
                .param("age", age)
                .update();
        return id;
    }
}
