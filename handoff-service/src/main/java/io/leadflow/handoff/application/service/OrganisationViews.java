package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.RepDetailsView;
import io.leadflow.handoff.application.port.in.RoutingRuleView;
import io.leadflow.handoff.application.port.in.SlaPolicyView;
import io.leadflow.handoff.application.port.in.TeamView;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaPolicy;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The sales organisation's domain objects as the views the organisation's use cases answer. */
final class OrganisationViews {

    private OrganisationViews() {}

    static TeamView team(Team t) {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        t.calendar().hours().forEach((day, h) -> hours.put(day, h.toString()));
        return new TeamView(
                t.id().value(),
                t.name(),
                t.manager().value(),
                t.calendar().zone(),
                hours,
                List.copyOf(t.calendar().sortedHolidays()),
                t.slackWebhookUrl() == null ? null : t.slackWebhookUrl().toString());
    }

    static RepDetailsView repDetails(SalesRep r) {
        return new RepDetailsView(
                r.id().value(),
                r.name(),
                r.email().value(),
                id(r.teamId()),
                r.chatHandle(),
                r.segments(),
                r.territories(),
                r.capacity(),
                r.weight(),
                r.timeZone(),
                r.workingHours() == null ? null : r.workingHours().toString(),
                r.available());
    }

    static RoutingRuleView rule(RoutingRule r) {
        return new RoutingRuleView(
                r.id(),
                r.position(),
                r.name(),
                r.segments(),
                r.countries(),
                r.minCompanySize(),
                r.maxCompanySize(),
                r.grades(),
                r.sources(),
                id(r.team()),
                id(r.secondTierTeam()));
    }

    static SlaPolicyView policy(SlaPolicy p) {
        return new SlaPolicyView(
                p.priority(), p.acceptWithin(), p.decideWithin(), p.remindAtPercent(), p.reassignOnBreach());
    }

    private static UUID id(TeamId team) {
        return team == null ? null : team.value();
    }
}
