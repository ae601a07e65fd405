package io.leadflow.nurturing.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nurturing's part of erasure and export on the real PostgreSQL: the webhooks rendered for the person are gone, the
 * enrolment and rejection still count for the statistics but name nobody, an active enrolment stops with its steps
 * cancelled, and marketing's automation is told with a {@code lead.erased} webhook.
 */
class JdbcPersonalDataIT {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    private static final String HOOK = "https://automation.example/hook";

    private final JdbcClient jdbc = ContractDatabase.fresh();

    private JdbcPersonalData data(String url) {
        return new JdbcPersonalData(jdbc, ContractDatabase.JSON, Clock.fixed(NOW, ZoneOffset.UTC), url);
    }

    private UUID nurtured() {
        UUID lead = UUID.randomUUID();
        UUID enrollment = UUID.randomUUID();
        jdbc.sql("""
                insert into enrollment (id, lead_id, track_key, reason, note, rejected_by, status, stage, enrolled_at)
                values (:id, :lead, 'quarterly-check-in', 'TIMING', 'Wren Canarysson: budget in Q3', 'rep', 'ACTIVE',
                    'NURTURING', now())""").param("id", enrollment).param("lead", lead).update();
        jdbc.sql("""
                insert into enrollment_step (id, enrollment_id, lead_id, position, name, content, due_at, status)
                values (gen_random_uuid(), :enrollment, :lead, 0, 'Check-in', 'A note', now(), 'SCHEDULED')""").param("enrollment", enrollment).param("lead", lead).update();
        jdbc.sql("""
                insert into rejection (event_id, lead_id, reason, note, rejected_by, rejected_at, outcome,
                    enrollment_id)
                values (gen_random_uuid(), :lead, 'TIMING', 'Wren Canarysson: budget in Q3', 'rep', now(),
                    'ENROLLED', :enrollment)""").param("enrollment", enrollment).param("lead", lead).update();
        jdbc.sql("""
                insert into step_delivery (id, target, payload, status, next_attempt_at, created_at)
                values (gen_random_uuid(), :url, :payload, 'DELIVERED', now(), now())""")
                .param("url", HOOK)
                .param(
                        "payload",
                        "{\"type\":\"nurture.enrolled\",\"leadId\":\"" + lead
                                + "\",\"profile\":{\"lastName\":\"Canarysson\"}}")
                .update();
        return lead;
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void erasure_stops_nurturing_keeps_the_counts_removes_the_person_and_tells_marketing() {
        UUID lead = nurtured();

        assertThat(data(HOOK).erase(List.of(lead))).isPositive();

        assertThat(count("select count(*) from enrollment where status = 'STOPPED' and note is null"))
                .as("the enrolment still counts, stopped, without the note")
                .isOne();
        assertThat(count("select count(*) from enrollment where lead_id = '" + lead + "'"))
                .isZero();
        assertThat(count("select count(*) from enrollment_step where status = 'CANCELLED'"))
                .isOne();
        assertThat(count("select count(*) from rejection where note is null")).isOne();
        assertThat(count("select count(*) from step_delivery where strpos(payload, 'Canarysson') > 0"))
                .isZero();
        String announced = jdbc.sql("select payload from step_delivery where status = 'PENDING'")
                .query(String.class)
                .single();
        assertThat(ContractDatabase.JSON.readTree(announced).path("type").asString())
                .isEqualTo("lead.erased");
        assertThat(ContractDatabase.JSON.readTree(announced).path("leadId").asString())
                .isEqualTo(lead.toString());
        assertThat(data(HOOK).erase(List.of(lead)))
                .as("erasing again finds nothing")
                .isZero();
        assertThat(count("select count(*) from step_delivery where status = 'PENDING'"))
                .as("and tells marketing nothing twice")
                .isOne();
    }

    @Test
    void a_lead_nurturing_never_held_is_announced_to_nobody() {
        assertThat(data(HOOK).erase(List.of(UUID.randomUUID()))).isZero();
        assertThat(count("select count(*) from step_delivery")).isZero();
    }

    @Test
    void export_holds_the_enrolments_rejections_and_the_webhooks_sent_about_the_lead() {
        UUID lead = nurtured();

        Map<String, Object> part = data("").export(List.of(lead));

        assertThat(part.get("enrollments").toString()).contains("budget in Q3");
        assertThat(part.get("rejections").toString()).contains("TIMING");
        assertThat(part.get("webhooks").toString()).contains("Canarysson");
    }
}
