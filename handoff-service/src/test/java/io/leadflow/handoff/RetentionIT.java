package io.leadflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.retention.RetentionJob;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Hand-off's retention rules run against its own schema: an old rejection's note goes, the rejection stays. */
@SpringBootTest
class RetentionIT {

    private static final String GROUP = ItGroup.named("handoff-retention-it-");

    @Autowired
    private RetentionJob retention;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> ItDatabase.URL);
        ItGroup.consumeAs(registry, GROUP);
    }

    @Test
    void every_rule_runs_against_the_schema_and_an_old_rejection_note_is_cleared_while_the_rejection_stays() {
        UUID old = rejected("400 days");
        UUID young = rejected("30 days");

        assertThat(retention.apply())
                .containsKeys("sent-outbox", "processed-events", "notification-deliveries", "rejection-notes");

        assertThat(note(old)).isNull();
        assertThat(note(young)).isEqualTo("call again after the budget round");
        assertThat(jdbc.sql("select rejection_reason from handoff where id = :id")
                        .param("id", old)
                        .query(String.class)
                        .single())
                .isEqualTo("NO_BUDGET");
    }

    private UUID rejected(String age) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into handoff (id, lead_id, qualification_event_id, correlation_id, status, stage, created_at,
                    score, fast_track, qualified_at, rejection_reason, rejection_note, rejected_by, rejected_at)
                values (:id, :lead, :event, 'it', 'REJECTED', 'REJECTED', now() - cast(:age as interval), 70, false,
                    now() - cast(:age as interval), 'NO_BUDGET', 'call again after the budget round', 'rep-1',
                    now() - cast(:age as interval))""")
                .param("id", id)
                .param("lead", UUID.randomUUID())
                .param("event", UUID.randomUUID())
                .param("age", age)
                .update();
        return id;
    }

    private String note(UUID id) {
        return jdbc.sql("select rejection_note from handoff where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getString(1))
                .list()
                .getFirst();
    }
}
