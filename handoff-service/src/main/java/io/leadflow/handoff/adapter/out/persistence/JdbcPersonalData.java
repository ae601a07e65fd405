package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.support.privacy.PersonalData;
import io.leadflow.support.privacy.PersonalRows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What hand-off holds about a person (docs/privacy.md). The lead's profile copy, history and unsent events are
 * deleted, and so are the stored notification payloads of its hand-offs (they carry the lead's name and e-mail), sent
 * or not. The hand-offs themselves, which the reports and SLA figures count, move to a fresh random id with the
 * rejection note, BANT answers and score reasons cleared; an open one is closed as disqualified ({@code ERASED}), so it
 * leaves every inbox. The person is removed from the people of account hand-offs. Every rep who had a hand-off of the
 * lead gets a signed {@code lead.erased} webhook through the usual delivery machinery, naming the lead id only.
 */
@Component
class JdbcPersonalData implements PersonalData {

    static final String ERASED_TYPE = "lead.erased";

    /** What an erased lead's hand-offs keep: counted, naming nobody, and closed if still open (SET sees old values). */
    private static final String CLOSE_AND_CLEAR = """
            rejection_note = null, bant = null, reasons = '[]'::jsonb,
            disqualified_reason = case when status in ('REJECTED', 'DISQUALIFIED') then disqualified_reason
                else 'ERASED' end,
            disqualified_by = case when status in ('REJECTED', 'DISQUALIFIED') then disqualified_by
                else 'privacy' end,
            disqualified_at = case when status in ('REJECTED', 'DISQUALIFIED') then disqualified_at else now() end,
            status = case when status in ('REJECTED', 'DISQUALIFIED') then status else 'DISQUALIFIED' end""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final PersonalRows rows;

    JdbcPersonalData(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.rows = new PersonalRows(jdbc, json);
    }

    @Override
    public int erase(List<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int erased = jdbc.sql("""
                        delete from webhook_delivery
                        where handoff_id in (select id from handoff where lead_id in (:ids))""").param("ids", leadIds).update();
        erased += announce(leadIds, now);
        erased += rows.delete("lead_profile", leadIds)
                + rows.delete("lead_history", leadIds)
                + rows.delete("consent_copy", leadIds)
                + rows.delete("outbox_event", leadIds);
        erased += jdbc.sql("""
                        update account_handoff set people = (
                            select coalesce(jsonb_agg(p), '[]'::jsonb) from jsonb_array_elements(people) p
                            where not (p ->> 'leadId' in (:texts)))
                        where exists (select 1 from jsonb_array_elements(people) p where p ->> 'leadId' in (:texts))""")
                .param("texts", leadIds.stream().map(UUID::toString).toList())
                .update();
        for (UUID leadId : leadIds) {
            erased += rows.anonymise("handoff", leadId, PersonalRows.pseudonym(), CLOSE_AND_CLEAR);
        }
        return erased;
    }

    /** One signed {@code lead.erased} webhook per rep with an endpoint who had a hand-off of one of the leads. */
    private int announce(List<UUID> leadIds, Instant now) {
        record Recipient(UUID handoffId, UUID leadId, UUID repId, String url) {}
        List<Recipient> recipients = jdbc.sql("""
                        select distinct on (h.lead_id, r.id) h.id, h.lead_id, r.id as rep_id, r.webhook_url
                        from handoff h join sales_rep r on r.id = h.rep_id
                        where h.lead_id in (:ids) and r.webhook_url is not null
                        order by h.lead_id, r.id, h.created_at desc""")
                .param("ids", leadIds)
                .query((rs, n) -> new Recipient(
                        rs.getObject("id", UUID.class),
                        rs.getObject("lead_id", UUID.class),
                        rs.getObject("rep_id", UUID.class),
                        rs.getString("webhook_url")))
                .list();
        for (Recipient r : recipients) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", ERASED_TYPE);
            body.put("leadId", r.leadId().toString());
            body.put("erasedAt", now.toString());
            body.put("rep", Map.of("id", r.repId().toString()));
            jdbc.sql("""
                            insert into webhook_delivery (id, handoff_id, channel, url, payload, attempts, created_at,
                                next_attempt_at)
                            values (:id, :handoffId, 'WEBHOOK', :url, cast(:payload as json), 0, :now, :now)""")
                    .param("id", UUID.randomUUID())
                    .param("handoffId", r.handoffId())
                    .param("url", r.url())
                    .param("payload", json.writeValueAsString(body))
                    .param("now", Timestamp.from(now))
                    .update();
        }
        return recipients.size();
    }

    @Override
    public Map<String, Object> export(List<UUID> leadIds) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("profiles", rows.export("lead_profile", leadIds));
        part.put("handoffs", rows.export("handoff", leadIds));
        part.put("history", rows.export("lead_history", leadIds));
        part.put("notifications", rows.query("""
                        select coalesce(jsonb_agg(jsonb_build_object('channel', d.channel, 'createdAt', d.created_at,
                            'deliveredAt', d.delivered_at, 'payload', d.payload::jsonb)), '[]'::jsonb)::text
                        from webhook_delivery d join handoff h on h.id = d.handoff_id where h.lead_id in (:ids)""", leadIds));
        part.put("accountHandoffs", rows.query("""
                        select coalesce(jsonb_agg(jsonb_build_object('accountHandoffId', a.id, 'name', a.name,
                            'person', p)), '[]'::jsonb)::text
                        from account_handoff a cross join jsonb_array_elements(a.people) p
                        where p ->> 'leadId' in (select cast(i as text) from unnest(array[:ids]) i)""", leadIds));
        return part;
    }
}
