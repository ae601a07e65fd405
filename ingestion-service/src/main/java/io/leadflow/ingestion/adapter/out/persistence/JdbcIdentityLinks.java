package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.IdentityLinks;
import io.leadflow.kernel.LeadId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Identity links with row locks: the first reader inserts the identity's row, and {@code for update} holds it until
 * commit, so a concurrent link waits for a waiting engagement to be committed and then attributes it.
 */
@Repository
class JdbcIdentityLinks implements IdentityLinks {

    private final JdbcClient jdbc;

    JdbcIdentityLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LeadId> lockAndFind(String identity) {
        jdbc.sql("insert into identity_link (identity) values (:identity) on conflict (identity) do nothing")
                .param("identity", identity)
                .update();
        return jdbc.sql("select lead_id from identity_link where identity = :identity for update")
                .param("identity", identity)
                .query((rs, n) ->
                        Optional.ofNullable(rs.getObject(1, UUID.class)).map(LeadId::new))
                .single();
    }

    @Override
    public boolean link(String identity, LeadId lead) {
        return jdbc.sql("""
                insert into identity_link (identity, lead_id, linked_at) values (:identity, :lead, now())
                on conflict (identity) do update set lead_id = excluded.lead_id, linked_at = excluded.linked_at
                where identity_link.lead_id is null""")
                        .param("identity", identity)
                        .param("lead", lead.value())
                        .update()
                == 1;
    }
}
