package io.leadflow.support.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.leadflow.support.SupportIT;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RetentionJobIT extends SupportIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionJob job;

    @Autowired
    MeterRegistry meters;

    @Autowired
    List<RecurringTask<?>> tasks;

    @Test
    void sent_outbox_rows_older_than_their_keep_go_and_pending_or_young_ones_stay() {
        UUID old1 = outbox("10 days");
        UUID old2 = outbox("8 days");
        UUID old3 = outbox("400 days");
        UUID young = outbox("6 days");
        UUID pending = outbox(null);
        double removedBefore = removed("sent-outbox");

        assertThat(job.apply()).containsEntry("sent-outbox", 3L);

        assertThat(outboxIds()).contains(young, pending).doesNotContain(old1, old2, old3);
        assertThat(removed("sent-outbox") - removedBefore).isEqualTo(3.0);
        assertThat(job.apply()).containsEntry("sent-outbox", 0L);
    }

    @Test
    void processed_event_ids_are_kept_for_their_whole_horizon_then_removed() {
        UUID old = processed("31 days");
        UUID young = processed("29 days");
        UUID fresh = processed("0 days");

        job.apply();

        List<UUID> left = jdbc.sql("select event_id from processed_event")
                .query(UUID.class)
                .list();
        assertThat(left).contains(young, fresh).doesNotContain(old);
    }

    @Test
    void a_rule_that_clears_columns_keeps_the_row_and_drops_only_the_old_values() {
        long old = note("a note from long ago", "400 days");
        long young = note("a recent note", "10 days");
        double before = removed("old-notes");

        job.apply();

        assertThat(noteOf(old)).isNull();
        assertThat(noteOf(young)).isEqualTo("a recent note");
        assertThat(jdbc.sql("select count(*) from retention_note where id = :id")
                        .param("id", old)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(removed("old-notes") - before).isEqualTo(1.0);
    }

    @Test
    void each_table_s_size_and_rows_are_published_after_a_run() {
        for (int i = 0; i < 5; i++) {
            processed("90 days");
        }
        processed("1 days");

        job.apply();

        assertThat(meters.get("leadflow.retention.table.bytes")
                        .tag("table", "processed_event")
                        .gauge()
                        .value())
                .isPositive();
        long estimated = (long) meters.get("leadflow.retention.table.rows")
                .tag("table", "processed_event")
                .gauge()
                .value();
        long actual = jdbc.sql("select count(*) from processed_event")
                .query(Long.class)
                .single();
        assertThat(estimated).isEqualTo(actual);
    }

    @Test
    void the_job_is_one_recurring_task_of_db_scheduler() {
        assertThat(tasks).extracting(RecurringTask::getName).contains(RetentionAutoConfiguration.TASK);
    }

    @Test
    void a_rule_naming_a_table_that_is_not_a_plain_identifier_is_refused_at_start() {
        assertThatThrownBy(() -> new RetentionRule(
                        "outbox_event; drop table x", "published_at", Duration.ofDays(1), null, null, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table");
        assertThatThrownBy(() -> new RetentionRule("outbox_event", "published_at", Duration.ZERO, null, null, true))
                .hasMessageContaining("keep");
        assertThat(RetentionJob.statement(
                        new RetentionRule("rejection", "rejected_at", Duration.ofDays(1), null, List.of("note"), true)))
                .startsWith("update rejection set note = null");
    }

    private double removed(String rule) {
        var counter =
                meters.find("leadflow.retention.rows.removed").tag("rule", rule).counter();
        return counter == null ? 0 : counter.count();
    }

    private UUID outbox(String publishedAgo) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into outbox_event (event_id, event_type, stream, lead_id, correlation_id, payload, published_at)"
                                + " values (:id, 'LeadScored', 'lead.scores', :id, 'c', '{}'::jsonb,"
                                + " now() - cast(cast(:ago as text) as interval))")
                .param("id", id)
                .param("ago", publishedAgo)
                .update();
        return id;
    }

    private List<UUID> outboxIds() {
        return jdbc.sql("select event_id from outbox_event").query(UUID.class).list();
    }

    private UUID processed(String ago) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into processed_event (event_id, processed_at) values (:id, now() - cast(:ago as interval))")
                .param("id", id)
                .param("ago", ago)
                .update();
        return id;
    }

    private long note(String text, String ago) {
        return jdbc.sql("insert into retention_note (note, written_at) values (:note, now() - cast(:ago as interval))"
                        + " returning id")
                .param("note", text)
                .param("ago", ago)
                .query(Long.class)
                .single();
    }

    private String noteOf(long id) {
        return jdbc.sql("select note from retention_note where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getString(1))
                .list()
                .getFirst();
    }
}
