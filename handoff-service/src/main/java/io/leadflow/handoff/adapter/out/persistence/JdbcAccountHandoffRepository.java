package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.AccountHandoffRepository;
import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.AccountPerson;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.TeamId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcAccountHandoffRepository implements AccountHandoffRepository {

    private static final TypeReference<List<AccountPerson>> PEOPLE = new TypeReference<>() {};
    private static final String COLUMNS = """
            select id, event_id, account_id, name, domain, tier, size, industry, country, score, threshold,
                qualification, people::text as people_text, owner_rep_id, status, rep_id, assigned_by, team_id,
                qualified_at, created_at, assigned_at, correlation_id
            from account_handoff\s""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAccountHandoffRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(AccountHandoff h) {
        jdbc.sql("""
                insert into account_handoff (id, event_id, account_id, name, domain, tier, size, industry, country,
                    score, threshold, qualification, people, owner_rep_id, status, rep_id, assigned_by, team_id,
                    qualified_at, created_at, assigned_at, correlation_id)
                values (:id, :eventId, :accountId, :name, :domain, :tier, :size, :industry, :country, :score,
                    :threshold, :qualification, cast(:people as jsonb), :owner, :status, :rep, :assignedBy, :team,
                    :qualifiedAt, :createdAt, :assignedAt, :correlationId)""")
                .param("id", h.id().value())
                .param("eventId", h.eventId())
                .param("accountId", h.accountId())
                .param("name", h.name())
                .param("domain", h.domain())
                .param("tier", h.tier())
                .param("size", h.size())
                .param("industry", h.industry())
                .param("country", h.country())
                .param("score", h.score())
                .param("threshold", h.threshold())
                .param("qualification", h.qualification())
                .param("people", json.writeValueAsString(h.people()))
                .param("owner", h.ownerRepId())
                .param("status", h.status().name())
                .param("rep", h.repId() == null ? null : h.repId().value())
                .param("assignedBy", h.assignedBy())
                .param("team", h.team() == null ? null : h.team().value())
                .param("qualifiedAt", JdbcTimes.at(h.qualifiedAt()))
                .param("createdAt", JdbcTimes.at(h.createdAt()))
                .param("assignedAt", JdbcTimes.at(h.assignedAt()))
                .param("correlationId", h.correlationId())
                .update();
    }

    @Override
    public Optional<AccountHandoff> find(HandoffId id) {
        return jdbc.sql(COLUMNS + "where id = :id")
                .param("id", id.value())
                .query(this::handoff)
                .optional();
    }

    @Override
    public List<AccountHandoff> findRecent(Set<RepId> reps, Set<TeamId> teams, UUID accountId, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (reps != null || teams != null) {
            where.add("(rep_id = any(:reps) or team_id = any(:teams))");
            params.put(
                    "reps",
                    ids(
                            reps == null
                                    ? List.of()
                                    : reps.stream().map(RepId::value).toList()));
            params.put(
                    "teams",
                    ids(
                            teams == null
                                    ? List.of()
                                    : teams.stream().map(TeamId::value).toList()));
        }
        if (accountId != null) {
            where.add("account_id = :account");
            params.put("account", accountId);
        }
        params.put("limit", limit);
        String filter = where.isEmpty() ? "" : "where " + String.join(" and ", where) + " ";
        return jdbc.sql(COLUMNS + filter + "order by created_at desc, id limit :limit")
                .params(params)
                .query(this::handoff)
                .list();
    }

    private static UUID[] ids(List<UUID> values) {
        return values.toArray(UUID[]::new);
    }

    private AccountHandoff handoff(ResultSet rs, int n) throws SQLException {
        UUID rep = rs.getObject("rep_id", UUID.class);
        UUID team = rs.getObject("team_id", UUID.class);
        return new AccountHandoff(
                new HandoffId(rs.getObject("id", UUID.class)),
                rs.getObject("event_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("name"),
                rs.getString("domain"),
                rs.getObject("tier", Integer.class),
                rs.getObject("size", Integer.class),
                rs.getString("industry"),
                rs.getString("country"),
                rs.getInt("score"),
                rs.getInt("threshold"),
                rs.getInt("qualification"),
                json.readValue(rs.getString("people_text"), PEOPLE),
                rs.getObject("owner_rep_id", UUID.class),
                HandoffStatus.valueOf(rs.getString("status")),
                rep == null ? null : new RepId(rep),
                rs.getString("assigned_by"),
                team == null ? null : new TeamId(team),
                JdbcTimes.instant(rs, "qualified_at"),
                JdbcTimes.instant(rs, "created_at"),
                JdbcTimes.instant(rs, "assigned_at"),
                rs.getString("correlation_id"));
    }
}
