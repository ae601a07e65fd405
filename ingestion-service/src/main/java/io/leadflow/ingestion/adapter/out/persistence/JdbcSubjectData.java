package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.SubjectData;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.support.deadletter.JdbcDeadLetters;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ingestion's own copy of a person (docs/privacy.md): the contact, its identities, its raw events with their
 * properties (those recorded under a linked anonymous id included), unsent and sent outbox rows, and the lines of
 * import files, staged import rows and import errors that name the e-mail, and the dead letters about its leads.
 */
@Component
class JdbcSubjectData implements SubjectData {

    private final JdbcClient jdbc;
    private final JdbcDeadLetters deadLetters;

    JdbcSubjectData(JdbcClient jdbc, JdbcDeadLetters deadLetters) {
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
    }

    @Override
    public List<UUID> leadsOf(EmailAddress email) {
        return jdbc.sql("select lead_id from contact where email = :email order by lead_id")
                .param("email", email.value())
                .query(UUID.class)
                .list();
    }

    @Override
    public int erase(EmailAddress email, List<UUID> leadIds) {
        int erased = 0;
        if (!leadIds.isEmpty()) {
            erased += jdbc.sql("""
                            delete from engagement where lead_id in (:ids)
                                or identity in (select identity from identity_link where lead_id in (:ids))""").param("ids", leadIds).update();
            erased += jdbc.sql("delete from identity_link where lead_id in (:ids)")
                    .param("ids", leadIds)
                    .update();
            erased += jdbc.sql("delete from outbox_event where lead_id in (:ids)")
                    .param("ids", leadIds)
                    .update();
            // the person's consent standing goes with them: one who comes back is a new lead, asked anew
            erased += jdbc.sql("delete from suppression where lead_id in (:ids)")
                    .param("ids", leadIds)
                    .update();
            erased += jdbc.sql("delete from contact where lead_id in (:ids)")
                    .param("ids", leadIds)
                    .update();
            erased += deadLetters.forget(leadIds);
        }
        String address = email.value();
        erased += jdbc.sql("delete from import_row where strpos(lower(cells::text), :email) > 0")
                .param("email", address)
                .update();
        erased += jdbc.sql("delete from import_error where strpos(lower(detail), :email) > 0")
                .param("email", address)
                .update();
        erased += jdbc.sql("""
                        update import_job set content = array_to_string(array(
                            select line from regexp_split_to_table(content, E'\\n') with ordinality as l(line, n)
                            where strpos(lower(line), :email) = 0 order by n), E'\\n')
                        where strpos(lower(content), :email) > 0""").param("email", address).update();
        return erased;
    }

    @Override
    public String export(EmailAddress email, List<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return "{\"contacts\": [], \"identities\": [], \"events\": []}";
        }
        return jdbc.sql("""
                        select jsonb_build_object(
                            'contacts', (select coalesce(jsonb_agg(to_jsonb(c)), '[]'::jsonb)
                                from contact c where c.lead_id in (:ids)),
                            'identities', (select coalesce(jsonb_agg(to_jsonb(i)), '[]'::jsonb)
                                from identity_link i where i.lead_id in (:ids)),
                            'events', (select coalesce(jsonb_agg(to_jsonb(e) order by e.occurred_at), '[]'::jsonb)
                                from engagement e where e.lead_id in (:ids)))::text""").param("ids", leadIds).query(String.class).single();
    }
}
