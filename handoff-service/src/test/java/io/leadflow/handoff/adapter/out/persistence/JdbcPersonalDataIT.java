package io.leadflow.handoff.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.SalesRep;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-off's part of erasure and export on the real PostgreSQL: the lead's profile copy and the stored notification
 * payloads are gone, the hand-off still counts but names nobody and leaves the inbox, and the rep is told with a
 * {@code lead.erased} webhook that carries the lead id only.
 */
class JdbcPersonalDataIT {

    private static final String EMAIL = "wren.canary@northwind.example";
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    private final JdbcClient jdbc = ContractDatabase.empty();
    private final JdbcPersonalData data =
            new JdbcPersonalData(jdbc, ContractDatabase.JSON, Clock.fixed(NOW, ZoneOffset.UTC));

    private UUID handedOff(SalesRep rep) {
        UUID lead = UUID.randomUUID();
        UUID handoff = UUID.randomUUID();
        jdbc.sql("""
                insert into lead_profile (lead_id, email, attributes, as_of)
                values (:lead, :email, cast(:attributes as jsonb), now())""")
                .param("lead", lead)
                .param("email", EMAIL)
                .param("attributes", "{\"person.lastName\": \"Canarysson\"}")
                .update();
        jdbc.sql("""
                insert into handoff (id, lead_id, qualification_event_id, correlation_id, status, stage, rep_id,
                    created_at, score, fast_track, qualified_at, rejection_note)
                values (:id, :lead, gen_random_uuid(), 'c', 'ACCEPTED', 'SAL', :rep, now(), 80, false, now(),
                    'Wren Canarysson asked to be called back')""")
                .param("id", handoff)
                .param("lead", lead)
                .param("rep", rep.id().value())
                .update();
        jdbc.sql("""
                insert into webhook_delivery (id, handoff_id, url, payload, created_at, next_attempt_at,
                    delivered_at)
                values (gen_random_uuid(), :handoff, 'https://crm.example/hook', cast(:payload as json), now(),
                    now(), now())""")
                .param("handoff", handoff)
                .param("payload", "{\"type\": \"lead.handoff.assigned\", \"lead\": {\"email\": \"" + EMAIL + "\"}}")
                .update();
        return lead;
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void erasure_removes_the_person_closes_the_hand_off_keeps_it_counted_and_tells_the_rep() {
        SalesRep rep = ContractDatabase.storedRep(jdbc, "Riley");
        UUID lead = handedOff(rep);

        assertThat(data.erase(List.of(lead))).isPositive();

        assertThat(count("select count(*) from lead_profile")).isZero();
        assertThat(count("select count(*) from handoff"))
                .as("the hand-off still counts")
                .isOne();
        assertThat(count("select count(*) from handoff where status = 'DISQUALIFIED' and rejection_note is null"
                        + " and lead_id <> '" + lead + "'"))
                .isOne();
        assertThat(count("select count(*) from webhook_delivery d where strpos(d.payload::text, 'wren') > 0"))
                .isZero();
        String announced = jdbc.sql("select payload::text from webhook_delivery where delivered_at is null")
                .query(String.class)
                .single();
        assertThat(ContractDatabase.JSON.readTree(announced).path("type").asString())
                .isEqualTo("lead.erased");
        assertThat(ContractDatabase.JSON.readTree(announced).path("leadId").asString())
                .isEqualTo(lead.toString());
        assertThat(ContractDatabase.JSON
                        .readTree(announced)
                        .path("rep")
                        .path("id")
                        .asString())
                .isEqualTo(rep.id().value().toString());
        assertThat(data.erase(List.of(lead))).as("erasing again finds nothing").isZero();
    }

    @Test
    void export_holds_the_profile_copy_the_hand_offs_and_what_was_sent_about_the_lead() {
        UUID lead = handedOff(ContractDatabase.storedRep(jdbc, "Riley"));

        Map<String, Object> part = data.export(List.of(lead));

        assertThat(part.get("profiles").toString()).contains(EMAIL).contains("Canarysson");
        assertThat(part.get("handoffs").toString()).contains("asked to be called back");
        assertThat(part.get("notifications").toString()).contains(EMAIL);
    }
}
