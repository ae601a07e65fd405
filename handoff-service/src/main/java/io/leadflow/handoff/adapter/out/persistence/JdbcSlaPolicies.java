package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.SlaPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcSlaPolicies implements SlaPolicies {

    private static final TypeReference<List<Integer>> POINTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcSlaPolicies(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public SlaPolicy find(Priority priority) {
        return jdbc.sql("select * from sla_policy where priority = :p")
                .param("p", priority.name())
                .query((rs, n) -> new SlaPolicy(
                        priority,
                        Duration.parse(rs.getString("accept_within")),
                        Duration.parse(rs.getString("decide_within")),
                        json.readValue(rs.getString("remind_at_percent"), POINTS),
                        rs.getBoolean("reassign_on_breach")))
                .optional()
                .orElseGet(() -> SlaPolicy.defaults(priority));
    }

    @Override
    public void save(SlaPolicy p) {
        jdbc.sql("""
                insert into sla_policy (priority, accept_within, decide_within, remind_at_percent, reassign_on_breach)
                values (:p, :accept, :decide, cast(:points as jsonb), :reassign)
                on conflict (priority) do update set accept_within = excluded.accept_within,
                    decide_within = excluded.decide_within, remind_at_percent = excluded.remind_at_percent,
                    reassign_on_breach = excluded.reassign_on_breach""")
                .param("p", p.priority().name())
                .param("accept", p.acceptWithin().toString())
                .param("decide", p.decideWithin().toString())
                .param("points", json.writeValueAsString(p.remindAtPercent()))
                .param("reassign", p.reassignOnBreach())
                .update();
    }

    @Override
    public List<SlaPolicy> findAll() {
        return Arrays.stream(Priority.values()).map(this::find).toList();
    }
}
