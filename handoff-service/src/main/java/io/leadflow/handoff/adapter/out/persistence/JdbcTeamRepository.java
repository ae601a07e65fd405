package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.EmailAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcTeamRepository implements TeamRepository {

    private static final TypeReference<Map<String, String>> HOURS = new TypeReference<>() {};
    private static final TypeReference<List<String>> DAYS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcTeamRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean add(Team team) {
        return write("""
                insert into team (id, name, manager_email, time_zone, working_hours, holidays, slack_webhook_url)
                values (:id, :name, :manager, :zone, cast(:hours as jsonb), cast(:holidays as jsonb), :slack)
                on conflict (name) do nothing""", team) == 1;
    }

    @Override
    public void save(Team team) {
        write("""
                update team set name = :name, manager_email = :manager, time_zone = :zone,
                    working_hours = cast(:hours as jsonb), holidays = cast(:holidays as jsonb), slack_webhook_url = :slack
                where id = :id""", team);
    }

    private int write(String sql, Team team) {
        Map<String, String> hours = new TreeMap<>();
        team.calendar().hours().forEach((day, h) -> hours.put(day.name(), h.toString()));
        return jdbc.sql(sql)
                .param("id", team.id().value())
                .param("name", team.name())
                .param("manager", team.manager().value())
                .param("zone", team.calendar().zone().getId())
                .param("hours", json.writeValueAsString(hours))
                .param(
                        "holidays",
                        json.writeValueAsString(team.calendar().sortedHolidays().stream()
                                .map(LocalDate::toString)
                                .toList()))
                .param(
                        "slack",
                        team.slackWebhookUrl() == null
                                ? null
                                : team.slackWebhookUrl().toString())
                .update();
    }

    @Override
    public Optional<Team> find(TeamId id) {
        return jdbc.sql("select * from team where id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    @Override
    public List<Team> findAll() {
        return jdbc.sql("select * from team order by lower(name), id")
                .query(this::map)
                .list();
    }

    private Team map(ResultSet rs, int row) throws SQLException {
        Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
        json.readValue(rs.getString("working_hours"), HOURS)
                .forEach((day, h) -> hours.put(DayOfWeek.valueOf(day), WorkingHours.parse(h)));
        var holidays = json.readValue(rs.getString("holidays"), DAYS).stream()
                .map(LocalDate::parse)
                .collect(Collectors.toSet());
        String slack = rs.getString("slack_webhook_url");
        return new Team(
                new TeamId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                EmailAddress.of(rs.getString("manager_email")),
                new BusinessCalendar(ZoneId.of(rs.getString("time_zone")), hours, holidays),
                slack == null ? null : WebhookUrl.parse(slack));
    }
}
