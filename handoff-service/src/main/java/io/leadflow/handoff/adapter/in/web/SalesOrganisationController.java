package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.DefineRoutingRuleUseCase;
import io.leadflow.handoff.application.port.in.DeleteRoutingRuleCommand;
import io.leadflow.handoff.application.port.in.DeleteRoutingRuleUseCase;
import io.leadflow.handoff.application.port.in.FindRoutingRuleQuery;
import io.leadflow.handoff.application.port.in.FindSlaPolicyQuery;
import io.leadflow.handoff.application.port.in.FindTeamQuery;
import io.leadflow.handoff.application.port.in.RegisterTeamUseCase;
import io.leadflow.handoff.application.port.in.SetSlaPolicyUseCase;
import io.leadflow.handoff.application.port.in.TeamView;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsUseCase;
import io.leadflow.handoff.application.port.in.UpdateTeamUseCase;
import io.leadflow.support.security.Caller;
import java.net.URI;
import java.util.List;
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

    private final RegisterTeamUseCase registerTeam;
    private final UpdateTeamUseCase updateTeam;
    private final FindTeamQuery findTeam;
    private final UpdateRepDetailsUseCase updateRepDetails;
    private final DefineRoutingRuleUseCase defineRoutingRule;
    private final DeleteRoutingRuleUseCase deleteRoutingRule;
    private final FindRoutingRuleQuery findRoutingRule;
    private final SetSlaPolicyUseCase setSlaPolicy;
    private final FindSlaPolicyQuery findSlaPolicy;
    private final SalesOrganisationWebMapper mapper;

    SalesOrganisationController(
            RegisterTeamUseCase registerTeam,
            UpdateTeamUseCase updateTeam,
            FindTeamQuery findTeam,
            UpdateRepDetailsUseCase updateRepDetails,
            DefineRoutingRuleUseCase defineRoutingRule,
            DeleteRoutingRuleUseCase deleteRoutingRule,
            FindRoutingRuleQuery findRoutingRule,
            SetSlaPolicyUseCase setSlaPolicy,
            FindSlaPolicyQuery findSlaPolicy,
            SalesOrganisationWebMapper mapper) {
        this.registerTeam = registerTeam;
        this.updateTeam = updateTeam;
        this.findTeam = findTeam;
        this.updateRepDetails = updateRepDetails;
        this.defineRoutingRule = defineRoutingRule;
        this.deleteRoutingRule = deleteRoutingRule;
        this.findRoutingRule = findRoutingRule;
        this.setSlaPolicy = setSlaPolicy;
        this.findSlaPolicy = findSlaPolicy;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/teams")
    ResponseEntity<TeamResponse> registerTeam(@RequestBody(required = false) TeamRequest body) {
        TeamView team = registerTeam.registerTeam(mapper.toRegisterCommand(RequestBodies.required(body)));
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(mapper.toResponse(team));
    }

    /** Replaces the team (name, manager, calendar, Slack URL); running SLA clocks keep their deadlines. */
    @PutMapping("/api/v1/teams/{id}")
    TeamResponse updateTeam(@PathVariable String id, @RequestBody(required = false) TeamRequest body) {
        RequestBodies.required(body);
        return mapper.toResponse(updateTeam.updateTeam(mapper.toUpdateCommand(id, body)));
    }

    /** Every team; the Slack URLs for admins only. */
    @GetMapping("/api/v1/teams")
    List<TeamResponse> teams(Caller caller) {
        boolean admin = PropertyAccess.readsNotificationUrls(caller);
        return findTeam.findTeams().stream()
                .map(team -> shown(mapper.toResponse(team), admin))
                .toList();
    }

    @GetMapping("/api/v1/teams/{id}")
    TeamResponse team(@PathVariable String id, Caller caller) {
        return shown(
                mapper.toResponse(findTeam.findTeam(WebValues.pathTeamId(id))),
                PropertyAccess.readsNotificationUrls(caller));
    }

    private static TeamResponse shown(TeamResponse team, boolean admin) {
        return admin ? team : team.redacted();
    }

    /** Changes the rep's organisational data; absent fields keep their value. */
    @PutMapping("/api/v1/reps/{id}")
    RepDetailsResponse updateRep(@PathVariable String id, @RequestBody(required = false) RepDetailsRequest body) {
        RequestBodies.required(body);
        return mapper.toResponse(updateRepDetails.updateRepDetails(mapper.toCommand(id, body)));
    }

    @PostMapping("/api/v1/routing-rules")
    ResponseEntity<RoutingRuleResponse> defineRule(@RequestBody(required = false) RoutingRuleRequest body) {
        var rule = defineRoutingRule.defineRoutingRule(mapper.toCommand(RequestBodies.required(body)));
        return ResponseEntity.created(URI.create("/api/v1/routing-rules/" + rule.id()))
                .body(mapper.toResponse(rule));
    }

    @GetMapping("/api/v1/routing-rules")
    List<RoutingRuleResponse> rules() {
        return findRoutingRule.findRoutingRules().stream()
                .map(mapper::toResponse)
                .toList();
    }

    @DeleteMapping("/api/v1/routing-rules/{id}")
    ResponseEntity<Void> deleteRule(@PathVariable String id) {
        deleteRoutingRule.deleteRoutingRule(new DeleteRoutingRuleCommand(WebValues.uuid(id, "id")));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/sla-policies")
    List<SlaPolicyResponse> policies() {
        return findSlaPolicy.findSlaPolicies().stream().map(mapper::toResponse).toList();
    }

    @PutMapping("/api/v1/sla-policies/{priority}")
    SlaPolicyResponse setPolicy(@PathVariable String priority, @RequestBody(required = false) SlaPolicyRequest body) {
        RequestBodies.required(body);
        return mapper.toResponse(setSlaPolicy.setSlaPolicy(mapper.toCommand(priority, body)));
    }
}
