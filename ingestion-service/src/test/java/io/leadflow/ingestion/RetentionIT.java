package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.retention.RetentionJob;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ingestion's retention rules run against its own schema: old rows go, young and pending ones stay. */
class RetentionIT extends RunningServiceIT {

    @Autowired
    RetentionJob retention;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_rule_runs_against_the_schema_and_sent_outbox_rows_past_their_keep_go() {
        UUID old = outbox("40 days");
        UUID young = outbox("3 days");
        UUID pending = outbox(null);

        assertThat(retention.apply()).containsKeys("sent-outbox", "raw-events", "finished-imports");

        assertThat(jdbc.sql("select event_id from outbox_event")
                        .query(UUID.class)
                        .list())
                .contains(young, pending)
                .doesNotContain(old);
    }

    private UUID outbox(String publishedAgo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into outbox_event (event_id, event_type, stream, lead_id, correlation_id, payload,"
                        + " published_at) values (:id, 'RetentionProbe', 'lead.profiles', :id, 'it', '{}'::jsonb,"
                        + " now() - cast(cast(:ago as text) as interval))")
                .param("id", id)
                .param("ago", publishedAgo)
                .update();
        return id;
    }
}
