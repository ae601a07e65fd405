package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.support.privacy.PersonalData;
import io.leadflow.support.privacy.PersonalRows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What nurturing holds about a person (docs/privacy.md). The lead's state, unsent events and the marketing webhooks
 * rendered for it (their bodies carry its profile), sent or not, are deleted, with their timers. Enrolments, their
 * steps and rejections, which the statistics count, move to a fresh random id with the notes cleared; an active
 * enrolment stops and its scheduled steps are cancelled. Marketing's automation gets a signed {@code lead.erased}
 * webhook naming the lead id only, when nurturing held anything about the lead and a webhook URL is configured.
 */
@Component
class JdbcPersonalData implements PersonalData {

    static final String ERASED_TYPE = "lead.erased";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final PersonalRows rows;
    private final String webhookUrl;

    JdbcPersonalData(
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock,
            @Value("${leadflow.nurture.webhook.url:}") String webhookUrl) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.rows = new PersonalRows(jdbc, json);
        this.webhookUrl = webhookUrl;
    }

    @Override
    public int erase(List<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<String> texts = leadIds.stream().map(UUID::toString).toList();
        int erased = jdbc.sql("""
                        delete from scheduled_tasks
                        where (task_name = 'nurture-step'
                                and task_instance in (select id::text from enrollment_step where lead_id in (:ids)))
                            or (task_name = 'nurture-expiry'
                                and task_instance in (select id::text from enrollment where lead_id in (:ids)))""").param("ids", leadIds).update();
        // every webhook rendered for the lead, except the lead.erased notices themselves
        String rendered = "select id from step_delivery where payload::jsonb ->> 'leadId' in (:texts)"
                + " and payload::jsonb ->> 'type' <> '" + ERASED_TYPE + "'";
        erased += jdbc.sql("delete from step_delivery_attempt where delivery_id in (" + rendered + ")")
                .param("texts", texts)
                .update();
        erased += jdbc.sql("delete from step_delivery where id in (" + rendered + ")")
                .param("texts", texts)
                .update();
        erased += rows.delete("lead_state", leadIds)
                + rows.delete("outbox_event", leadIds)
                + rows.delete("consent_copy", leadIds);
        for (UUID leadId : leadIds) {
            int held = erased;
            UUID pseudonym = PersonalRows.pseudonym();
            erased += rows.anonymise(
                    "enrollment_step",
                    leadId,
                    pseudonym,
                    "status = case when status = 'SCHEDULED' then 'CANCELLED' else status end");
            erased += rows.anonymise(
                    "enrollment",
                    leadId,
                    pseudonym,
                    "note = null, updated_at = now(), ended_at = coalesce(ended_at, now()),"
                            + " exit_trigger = case when status = 'ACTIVE' then 'erased' else exit_trigger end,"
                            + " status = case when status = 'ACTIVE' then 'STOPPED' else status end");
            erased += rows.anonymise("rejection", leadId, pseudonym, "note = null");
            if (erased > held) {
                announce(leadId, now);
            }
        }
        return erased;
    }

    private void announce(UUID leadId, Instant now) {
        if (webhookUrl.isBlank()) {
            return;
        }
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ERASED_TYPE);
        body.put("noticeId", id.toString());
        body.put("leadId", leadId.toString());
        body.put("occurredAt", now.toString());
        jdbc.sql("""
                        insert into step_delivery (id, target, payload, status, next_attempt_at, created_at)
                        values (:id, :target, :payload, 'PENDING', :now, :now)""")
                .param("id", id)
                .param("target", webhookUrl)
                .param("payload", json.writeValueAsString(body))
                .param("now", Timestamp.from(now))
                .update();
    }

    @Override
    public Map<String, Object> export(List<UUID> leadIds) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("enrollments", rows.export("enrollment", leadIds));
        part.put("steps", rows.export("enrollment_step", leadIds));
        part.put("rejections", rows.export("rejection", leadIds));
        part.put("state", rows.export("lead_state", leadIds));
        part.put("webhooks", rows.query("""
                        select coalesce(jsonb_agg(jsonb_build_object('status', d.status, 'createdAt', d.created_at,
                            'deliveredAt', d.delivered_at, 'payload', d.payload::jsonb)), '[]'::jsonb)::text
                        from step_delivery d
                        where d.payload::jsonb ->> 'leadId' in (select cast(i as text) from unnest(array[:ids]) i)""", leadIds));
        return part;
    }
}
