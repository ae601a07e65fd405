package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.retention.RetentionJob;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Nurturing's retention rules run against its own schema: old rows go, young ones stay. */
class RetentionIT extends NurturingItSupport {

    @Autowired
    RetentionJob retention;

    @Test
    void every_rule_runs_against_the_schema_and_old_sent_deliveries_go_while_pending_and_young_ones_stay() {
        UUID old = delivery("DELIVERED", "200 days");
        UUID pending = delivery("PENDING", "200 days");
        UUID young = delivery("DELIVERED", "10 days");
        jdbc.sql("insert into step_delivery_attempt (delivery_id, attempt, attempted_at, outcome)"
                        + " values (:id, 1, now() - interval '200 days', 'DELIVERED')")
                .param("id", old)
                .update();

        assertThat(retention.apply())
                .containsKeys(
                        "sent-outbox", "processed-events", "step-deliveries", "rejection-notes", "enrolment-notes");

        assertThat(jdbc.sql("select id from step_delivery").query(UUID.class).list())
                .contains(pending, young)
                .doesNotContain(old);
        assertThat(jdbc.sql("select count(*) from step_delivery_attempt where delivery_id = :id")
                        .param("id", old)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private UUID delivery(String status, String age) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into step_delivery (id, target, payload, status, next_attempt_at, created_at)"
                        + " values (:id, 'https://automation.example/hook', '{}', :status, now(),"
                        + " now() - cast(:age as interval))")
                .param("id", id)
                .param("status", status)
                .param("age", age)
                .update();
        return id;
    }
}
