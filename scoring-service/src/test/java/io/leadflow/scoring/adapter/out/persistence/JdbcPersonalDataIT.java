package io.leadflow.scoring.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scoring's part of erasure and export on the real PostgreSQL: the person's e-mail, profile and events are gone, the
 * rows the funnel counts stay under an id that leads nowhere, and another lead is untouched.
 */
class JdbcPersonalDataIT {

    private static final String EMAIL = "wren.canary@northwind.example";

    private final JdbcClient jdbc = JdbcClient.create(ContractDatabase.empty());
    private final JdbcPersonalData data =
            new JdbcPersonalData(jdbc, JsonMapper.builder().build());

    private UUID lead(String email) {
        UUID lead = UUID.randomUUID();
        jdbc.sql("""
                insert into lead_state (lead_id, email, profile, stage, score)
                values (:lead, :email, cast(:profile as jsonb), 'MQL', 80)""")
                .param("lead", lead)
                .param("email", email)
                .param("profile", "{\"person.lastName\": \"" + (email.equals(EMAIL) ? "Canarysson" : "Else") + "\"}")
                .update();
        jdbc.sql("""
                insert into timeline (event_id, lead_id, from_stage, to_stage, actor, occurred_at)
                values (gen_random_uuid(), :lead, 'NEW', 'MQL', 'scoring', now())""").param("lead", lead).update();
        jdbc.sql("""
                insert into lead_event (event_id, lead_id, occurred_at, type, channel, properties)
                values (gen_random_uuid(), :lead, now(), 'DEMO_REQUESTED', 'WEBSITE', cast(:props as jsonb))""")
                .param("lead", lead)
                .param("props", "{\"note\": \"call " + email + "\"}")
                .update();
        return lead;
    }

    private int count(String sql, UUID lead) {
        return jdbc.sql(sql).param("lead", lead).query(Integer.class).single();
    }

    @Test
    void erasure_leaves_no_trace_of_the_person_but_keeps_the_counted_stage_changes_under_a_new_id() {
        UUID erased = lead(EMAIL);
        UUID other = lead("someone.else@northwind.example");

        int records = data.erase(List.of(erased));

        assertThat(records).isPositive();
        assertThat(count("select count(*) from lead_state where lead_id = :lead", erased))
                .isZero();
        assertThat(count("select count(*) from lead_event where lead_id = :lead", erased))
                .isZero();
        assertThat(count("select count(*) from timeline where lead_id = :lead", erased))
                .isZero();
        assertThat(jdbc.sql("select count(*) from lead_state t where strpos(t::text, 'wren.canary') > 0"
                                + " or strpos(t::text, 'Canarysson') > 0")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from timeline where to_stage = 'MQL'")
                        .query(Integer.class)
                        .single())
                .as("the funnel still counts both MQLs")
                .isEqualTo(2);
        assertThat(count("select count(*) from lead_event where lead_id = :lead", other))
                .isOne();
        assertThat(data.erase(List.of(erased)))
                .as("erasing again finds nothing")
                .isZero();
    }

    @Test
    void export_holds_the_leads_state_timeline_and_events() {
        UUID lead = lead(EMAIL);

        Map<String, Object> part = data.export(List.of(lead));

        assertThat(part).containsKeys("leads", "timeline", "events", "accounts");
        assertThat(part.get("leads").toString()).contains(EMAIL).contains("Canarysson");
        assertThat(part.get("events").toString()).contains("call " + EMAIL);
        assertThat(part.get("timeline").toString()).contains("MQL");
    }
}
