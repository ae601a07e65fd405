package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.LeadHistories;
import io.leadflow.kernel.LeadId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcLeadHistories implements LeadHistories {

    private static final TypeReference<List<String>> LINES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcLeadHistories(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The newest recycle (highest count) wins whatever order the events arrive in. */
    @Override
    public void replace(LeadId leadId, int recycleCount, List<String> lines) {
        jdbc.sql("""
                insert into lead_history (lead_id, recycle_count, lines) values (:lead, :count, cast(:lines as jsonb))
                on conflict (lead_id) do update set recycle_count = excluded.recycle_count, lines = excluded.lines
                    where lead_history.recycle_count <= excluded.recycle_count""")
                .param("lead", leadId.value())
                .param("count", recycleCount)
                .param("lines", json.writeValueAsString(lines))
                .update();
    }

    @Override
    public List<String> find(LeadId leadId) {
        return jdbc.sql("select lines::text from lead_history where lead_id = :lead")
                .param("lead", leadId.value())
                .query((rs, n) -> json.readValue(rs.getString(1), LINES))
                .optional()
                .orElse(List.of());
    }
}
