package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.TeamId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcRoutingRules implements RoutingRules {

    private static final TypeReference<Set<String>> SET = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcRoutingRules(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(RoutingRule r) {
        jdbc.sql("""
                insert into routing_rule (id, position, name, segments, countries, min_company_size, max_company_size,
                    grades, sources, team_id, second_tier_team_id)
                values (:id, :position, :name, cast(:segments as jsonb), cast(:countries as jsonb), :min, :max,
                    cast(:grades as jsonb), cast(:sources as jsonb), :team, :second)""")
                .param("id", r.id())
                .param("position", r.position())
                .param("name", r.name())
                .param("segments", set(r.segments()))
                .param("countries", set(r.countries()))
                .param("min", r.minCompanySize())
                .param("max", r.maxCompanySize())
                .param("grades", set(r.grades()))
                .param("sources", set(r.sources()))
                .param("team", r.team().value())
                .param(
                        "second",
                        r.secondTierTeam() == null ? null : r.secondTierTeam().value())
                .update();
    }

    private String set(Set<String> values) {
        return json.writeValueAsString(new TreeSet<>(values));
    }

    @Override
    public List<RoutingRule> findAll() {
        return jdbc.sql("select * from routing_rule order by position, name, id")
                .query(this::map)
                .list();
    }

    @Override
    public boolean delete(UUID id) {
        return jdbc.sql("delete from routing_rule where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    private RoutingRule map(ResultSet rs, int row) throws SQLException {
        UUID second = rs.getObject("second_tier_team_id", UUID.class);
        return new RoutingRule(
                rs.getObject("id", UUID.class),
                rs.getInt("position"),
                rs.getString("name"),
                json.readValue(rs.getString("segments"), SET),
                json.readValue(rs.getString("countries"), SET),
                (Integer) rs.getObject("min_company_size"),
                (Integer) rs.getObject("max_company_size"),
                json.readValue(rs.getString("grades"), SET),
                json.readValue(rs.getString("sources"), SET),
                new TeamId(rs.getObject("team_id", UUID.class)),
                second == null ? null : new TeamId(second));
    }
}
