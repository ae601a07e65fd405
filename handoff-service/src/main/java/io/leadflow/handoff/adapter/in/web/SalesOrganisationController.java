package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.ManageSalesOrganisationUseCase;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaPolicy;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Teams and business calendars, reps' organisational data, routing rules and SLA policies. */
@RestController
class SalesOrganisationController {

    private final ManageSalesOrganisationUseCase organisation;

    SalesOrganisationController(ManageSalesOrganisationUseCase organisation) {
        this.organisation = organisation;
    }

    @PostMapping("/api/v1/teams")
    ResponseEntity<Map<String, Object>> registerTeam(@RequestBody(required = false) TeamRequest body) {
        if (body == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        Team team = organisation.registerTeam(new Team(
                TeamId.newId(),
                body.name(),
                EmailAddress.of(body.manager()),
                calendar(body),
                body.slackWebhookUrl() == null ? null : WebhookUrl.parse(body.slackWebhookUrl())));
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(team(team));
    }

    /** Replaces the team (name, manager, calendar, Slack URL); running SLA clocks keep their deadlines. */
    @PutMapping("/api/v1/teams/{id}")
    Map<String, Object> updateTeam(@PathVariable String id, @RequestBody(required = false) TeamRequest body) {
        if (body == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        TeamId teamId = new TeamId(uuid(id, "id"));
        return team(organisation.updateTeam(new Team(
                teamId,
                body.name(),
                EmailAddress.of(body.manager()),
                calendar(body),
                body.slackWebhookUrl() == null ? null : WebhookUrl.parse(body.slackWebhookUrl()))));
    }

    @GetMapping("/api/v1/teams")
    List<Map<String, Object>> teams() {
        return organisation.findTeams().stream()
                .map(SalesOrganisationController::team)
                .toList();
    }

    @GetMapping("/api/v1/teams/{id}")
    Map<String, Object> team(@PathVariable String id) {
        return team(organisation.findTeam(new TeamId(uuid(id, "id"))));
    }

    @PutMapping("/api/v1/reps/{id}")
    Map<String, Object> updateRep(@PathVariable String id, @RequestBody(required = false) RepDetailsRequest b) {
        if (b == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        SalesRep rep = organisation.updateRep(
                WebRequestMapper.repId(id),
                r -> r.withDetails(
                        b.name() == null ? r.name() : b.name(),
                        b.webhookUrl() == null ? r.webhookUrl() : WebhookUrl.parse(b.webhookUrl()),
                        b.available() == null ? r.available() : b.available(),
                        b.teamId() == null ? r.teamId() : new TeamId(uuid(b.teamId(), "teamId")),
                        b.chatHandle() == null ? r.chatHandle() : b.chatHandle(),
                        b.segments() == null ? r.segments() : new HashSet<>(b.segments()),
                        b.territories() == null ? r.territories() : new HashSet<>(b.territories()),
                        b.capacity() == null ? r.capacity() : b.capacity(),
                        b.weight() == null ? r.weight() : b.weight(),
                        b.timeZone() == null ? r.timeZone() : zone(b.timeZone()),
                        b.workingHours() == null ? r.workingHours() : WorkingHours.parse(b.workingHours())));
        return rep(rep);
    }

    @PostMapping("/api/v1/routing-rules")
    ResponseEntity<RoutingRule> defineRule(@RequestBody(required = false) RoutingRuleRequest b) {
        if (b == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        RoutingRule rule = organisation.defineRoutingRule(new RoutingRule(
                UUID.randomUUID(),
                b.position() == null ? 0 : b.position(),
                b.name(),
                set(b.segments()),
                set(b.countries()),
                b.minCompanySize(),
                b.maxCompanySize(),
                set(b.grades()),
                set(b.sources()),
                b.teamId() == null ? null : new TeamId(uuid(b.teamId(), "teamId")),
                b.secondTierTeamId() == null ? null : new TeamId(uuid(b.secondTierTeamId(), "secondTierTeamId"))));
        return ResponseEntity.created(URI.create("/api/v1/routing-rules/" + rule.id()))
                .body(rule);
    }

    @GetMapping("/api/v1/routing-rules")
    List<RoutingRule> rules() {
        return organisation.findRoutingRules();
    }

    @DeleteMapping("/api/v1/routing-rules/{id}")
    ResponseEntity<Void> deleteRule(@PathVariable String id) {
        organisation.deleteRoutingRule(uuid(id, "id"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/sla-policies")
    List<Map<String, Object>> policies() {
        return organisation.findSlaPolicies().stream()
                .map(SalesOrganisationController::policy)
                .toList();
    }

    @PutMapping("/api/v1/sla-policies/{priority}")
    Map<String, Object> setPolicy(@PathVariable String priority, @RequestBody(required = false) SlaPolicyRequest b) {
        if (b == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        return policy(organisation.setSlaPolicy(new SlaPolicy(
                Priority.parse(priority),
                duration(b.acceptWithin(), "acceptWithin"),
                duration(b.decideWithin(), "decideWithin"),
                b.remindAtPercent(),
                b.reassignOnBreach() == null || b.reassignOnBreach())));
    }

    private static BusinessCalendar calendar(TeamRequest body) {
        ZoneId zone = body.timeZone() == null ? ZoneId.of("UTC") : zone(body.timeZone());
        BusinessCalendar calendar;
        if (body.workingHours() == null || body.workingHours().isEmpty()) {
            calendar = BusinessCalendar.weekdays(zone, SalesRep.DEFAULT_HOURS);
        } else {
            Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
            body.workingHours().forEach((day, h) -> hours.put(day(day), WorkingHours.parse(h)));
            calendar = new BusinessCalendar(zone, hours, Set.of());
        }
        Set<LocalDate> holidays = new HashSet<>();
        if (body.holidays() != null) {
            if (body.holidays().size() > 1000) {
                throw new InvalidValueException("holidays", "holidays.size", "at most 1000 holidays");
            }
            for (String day : body.holidays()) {
                try {
                    holidays.add(LocalDate.parse(day));
                } catch (RuntimeException e) {
                    throw new InvalidValueException(
                            "holidays", "holidays.format", "holidays are ISO dates like 2026-12-25, got '" + day + "'");
                }
            }
        }
        return calendar.withHolidays(holidays);
    }

    private static DayOfWeek day(String text) {
        try {
            return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    "workingHours",
                    "workingHours.day",
                    "working hours are keyed by weekday (MONDAY..SUNDAY), got '" + text + "'");
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    "timeZone",
                    "timeZone.unknown",
                    "a time zone is an IANA name like Europe/Berlin, got '" + text + "'");
        }
    }

    private static Duration duration(String text, String field) {
        try {
            return Duration.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    field,
                    field + ".format",
                    field + " is an ISO-8601 duration like PT15M or PT8H, got '" + text + "'");
        }
    }

    private static Set<String> set(List<String> values) {
        if (values != null && values.size() > 500) {
            throw new InvalidValueException("conditions", "conditions.size", "at most 500 values per condition");
        }
        return values == null
                ? Set.of()
                : new HashSet<>(values.stream().filter(v -> v != null).toList());
    }

    private static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text.strip());
        } catch (RuntimeException e) {
            throw new InvalidValueException(field, field + ".format", field + " is a UUID, got '" + text + "'");
        }
    }

    private static Map<String, Object> team(Team t) {
        Map<String, String> hours = new java.util.TreeMap<>();
        t.calendar().hours().forEach((d, h) -> hours.put(d.name(), h.toString()));
        return Map.of(
                "id",
                t.id().value(),
                "name",
                t.name(),
                "manager",
                t.manager().value(),
                "timeZone",
                t.calendar().zone().getId(),
                "workingHours",
                hours,
                "holidays",
                t.calendar().sortedHolidays().stream().map(LocalDate::toString).toList(),
                "slackWebhookUrl",
                t.slackWebhookUrl() == null ? "" : t.slackWebhookUrl().toString());
    }

    private static Map<String, Object> rep(SalesRep r) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", r.id().value());
        m.put("name", r.name());
        m.put("email", r.email().value());
        m.put("teamId", r.teamId() == null ? null : r.teamId().value());
        m.put("chatHandle", r.chatHandle());
        m.put("segments", r.segments());
        m.put("territories", r.territories());
        m.put("capacity", r.capacity());
        m.put("weight", r.weight());
        m.put("timeZone", r.timeZone().getId());
        m.put("workingHours", r.workingHours().toString());
        m.put("available", r.available());
        return m;
    }

    private static Map<String, Object> policy(SlaPolicy p) {
        return Map.of(
                "priority",
                p.priority().name().toLowerCase(Locale.ROOT),
                "acceptWithin",
                p.acceptWithin().toString(),
                "decideWithin",
                p.decideWithin().toString(),
                "remindAtPercent",
                p.remindAtPercent(),
                "reassignOnBreach",
                p.reassignOnBreach());
    }
}
