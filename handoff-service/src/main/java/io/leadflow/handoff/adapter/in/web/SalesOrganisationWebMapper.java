package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.DefineRoutingRuleCommand;
import io.leadflow.handoff.application.port.in.RegisterTeamCommand;
import io.leadflow.handoff.application.port.in.RepDetailsView;
import io.leadflow.handoff.application.port.in.RoutingRuleView;
import io.leadflow.handoff.application.port.in.SetSlaPolicyCommand;
import io.leadflow.handoff.application.port.in.SlaPolicyView;
import io.leadflow.handoff.application.port.in.TeamView;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.application.port.in.UpdateTeamCommand;
import io.leadflow.handoff.domain.Priority;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The sales organisation's web bodies (teams, reps' details, routing rules, SLA policies) to commands, and its views
 * to response bodies: ids as UUIDs, durations as ISO-8601, priorities in lower case, weekdays by name.
 */
@Mapper(uses = WebValues.class)
interface SalesOrganisationWebMapper {

    @Mapping(target = "calendar", source = "body")
    RegisterTeamCommand toRegisterCommand(TeamRequest body);

    @Mapping(target = "id", source = "id", qualifiedByName = "pathTeamId")
    @Mapping(target = "calendar", source = "body")
    UpdateTeamCommand toUpdateCommand(String id, TeamRequest body);

    @Mapping(target = "teamId", source = "body.teamId", qualifiedByName = "teamId")
    UpdateRepDetailsCommand toCommand(String id, RepDetailsRequest body);

    @Mapping(target = "position", defaultValue = "0")
    @Mapping(target = "team", source = "teamId", qualifiedByName = "teamId")
    @Mapping(target = "secondTierTeam", source = "secondTierTeamId", qualifiedByName = "secondTierTeamId")
    DefineRoutingRuleCommand toCommand(RoutingRuleRequest body);

    @Mapping(target = "acceptWithin", source = "body.acceptWithin", qualifiedByName = "acceptWithin")
    @Mapping(target = "decideWithin", source = "body.decideWithin", qualifiedByName = "decideWithin")
    @Mapping(target = "reassignOnBreach", source = "body.reassignOnBreach", defaultValue = "true")
    SetSlaPolicyCommand toCommand(String priority, SlaPolicyRequest body);

    @Mapping(target = "slackWebhookUrl", defaultValue = "")
    TeamResponse toResponse(TeamView view);

    RepDetailsResponse toResponse(RepDetailsView view);

    @Mapping(target = "team", source = "teamId")
    @Mapping(target = "secondTierTeam", source = "secondTierTeamId")
    RoutingRuleResponse toResponse(RoutingRuleView view);

    SlaPolicyResponse toResponse(SlaPolicyView view);

    default String zone(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }

    default String duration(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    default String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    default String priority(Priority priority) {
        return priority == null ? null : priority.name().toLowerCase(Locale.ROOT);
    }

    /** Weekdays by name, in the order of their names, as the API has always listed them. */
    default Map<String, String> hours(Map<DayOfWeek, String> hours) {
        Map<String, String> byName = new TreeMap<>();
        hours.forEach((day, h) -> byName.put(day.name(), h));
        return byName;
    }

    default RoutingRuleResponse.TeamReference team(UUID id) {
        return id == null ? null : new RoutingRuleResponse.TeamReference(id);
    }
}
