package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.EmailAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcSalesRepRepository implements SalesRepRepository {

    private static final TypeReference<Set<String>> SET = new TypeReference<>() {};
    private static final String COLUMNS =
            "select *, segments::text as segments_text," + " territories::text as territories_text from sales_rep";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcSalesRepRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean add(SalesRep rep) {
        boolean added = jdbc.sql("""
                insert into sales_rep (id, name, email, webhook_url, available, last_assigned_at, registered_at)
                values (:id, :name, :email, :webhookUrl, :available, :lastAssignedAt, :registeredAt)
                on conflict (email) do nothing""")
                        .param("id", rep.id().value())
                        .param("name", rep.name())
                        .param("email", rep.email().value())
                        .param(
                                "webhookUrl",
                                rep.webhookUrl() == null
                                        ? null
                                        : rep.webhookUrl().toString())
                        .param("available", rep.available())
                        .param("lastAssignedAt", JdbcTimes.at(rep.lastAssignedAt()))
                        .param("registeredAt", JdbcTimes.at(rep.registeredAt()))
                        .update()
                == 1;
        if (added) {
            save(rep);
        }
        return added;
    }

    @Override
    public void save(SalesRep rep) {
        jdbc.sql("""
                update sales_rep set name = :name, webhook_url = :webhookUrl, available = :available,
                    last_assigned_at = :lastAssignedAt, team_id = :team, chat_handle = :handle,
                    segments = cast(:segments as jsonb), territories = cast(:territories as jsonb),
                    capacity = :capacity, weight = :weight, time_zone = :zone, working_hours = :hours,
                    assigned_count = :count
                where id = :id""")
                .param("id", rep.id().value())
                .param("name", rep.name())
                .param(
                        "webhookUrl",
                        rep.webhookUrl() == null ? null : rep.webhookUrl().toString())
                .param("available", rep.available())
                .param("lastAssignedAt", JdbcTimes.at(rep.lastAssignedAt()))
                .param("team", rep.teamId() == null ? null : rep.teamId().value())
                .param("handle", rep.chatHandle())
                .param("segments", json.writeValueAsString(new TreeSet<>(rep.segments())))
                .param("territories", json.writeValueAsString(new TreeSet<>(rep.territories())))
                .param("capacity", rep.capacity())
                .param("weight", rep.weight())
                .param("zone", rep.timeZone().getId())
                .param(
                        "hours",
                        rep.workingHours() == null ? null : rep.workingHours().toString())
                .param("count", rep.assignedCount())
                .update();
    }

    @Override
    public Optional<SalesRep> find(RepId id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    @Override
    public List<SalesRep> findAll() {
        return jdbc.sql(COLUMNS + " order by lower(name), name, id")
                .query(this::map)
                .list();
    }

    @Override
    public List<SalesRep> lockAvailable() {
        return jdbc.sql(COLUMNS + " where available order by id for update")
                .query(this::map)
                .list();
    }

    @Override
    public List<SalesRep> lockAvailable(TeamId team) {
        if (team == null) {
            return lockAvailable();
        }
        return jdbc.sql(COLUMNS + " where available and team_id = :team order by id for update")
                .param("team", team.value())
                .query(this::map)
                .list();
    }

    private SalesRep map(ResultSet rs, int row) throws SQLException {
        String webhook = rs.getString("webhook_url");
        UUID team = rs.getObject("team_id", UUID.class);
        return new SalesRep(
                new RepId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                EmailAddress.of(rs.getString("email")),
                webhook == null ? null : WebhookUrl.parse(webhook),
                rs.getBoolean("available"),
                JdbcTimes.instant(rs, "last_assigned_at"),
                JdbcTimes.instant(rs, "registered_at"),
                team == null ? null : new TeamId(team),
                rs.getString("chat_handle"),
                json.readValue(rs.getString("segments_text"), SET),
                json.readValue(rs.getString("territories_text"), SET),
                rs.getInt("capacity"),
                rs.getInt("weight"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("working_hours") == null ? null : WorkingHours.parse(rs.getString("working_hours")),
                rs.getLong("assigned_count"));
    }
}
