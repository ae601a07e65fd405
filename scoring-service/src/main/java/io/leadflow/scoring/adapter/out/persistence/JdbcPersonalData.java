package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.support.privacy.PersonalData;
import io.leadflow.support.privacy.PersonalRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What scoring holds about a person (docs/privacy.md): the lead's state with its e-mail and profile, its stored
 * events and their properties, model states, account link and outbox rows are deleted. The lead's row and timeline,
 * which the funnel and stage counts read, move to a fresh random id with the e-mail, profile and account copies
 * cleared: they still count, and nothing leads back to the person.
 */
@Component
class JdbcPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final PersonalRows rows;

    JdbcPersonalData(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.rows = new PersonalRows(jdbc, json);
    }

    @Override
    public int erase(List<UUID> leadIds) {
        int erased = rows.delete("lead_event", leadIds)
                + rows.delete("lead_model_state", leadIds)
                + rows.delete("lead_account", leadIds)
                + rows.delete("consent_copy", leadIds)
                + rows.delete("outbox_event", leadIds)
                + accountEventsNaming(leadIds);
        for (UUID leadId : leadIds) {
            // the timeline follows the new id (foreign key on update cascade, V20)
            erased += rows.anonymise(
                    "lead_state",
                    leadId,
                    PersonalRows.pseudonym(),
                    "email = null, profile = '{}'::jsonb, account = null, qualification = null, needs_data = null,"
                            + " recycle_trigger = null");
        }
        return erased;
    }

    /** An account's qualification names its people: its outbox row goes too when one of them is erased. */
    private int accountEventsNaming(List<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        delete from outbox_event
                        where event_type = 'AccountQualified'
                            and exists (select 1 from jsonb_array_elements(payload -> 'people') p
                                where p ->> 'leadId' in (:texts))""")
                .param("texts", leadIds.stream().map(UUID::toString).toList())
                .update();
    }

    @Override
    public Map<String, Object> export(List<UUID> leadIds) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("leads", rows.export("lead_state", leadIds));
        part.put("timeline", rows.export("timeline", leadIds));
        part.put("events", rows.export("lead_event", leadIds));
        part.put("accounts", rows.export("lead_account", leadIds));
        return part;
    }
}
