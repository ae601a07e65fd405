package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.out.AdminApi;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The admin pages' calls: the gateway's {@code /api/v1/api-keys} and the hand-off service's {@code /api/v1/teams},
 * {@code /api/v1/reps}, {@code /api/v1/routing-rules} and {@code /api/v1/sla-policies}, with the bodies their request
 * records take ({@code TeamRequest}, {@code RegisterRepRequest}, {@code RepDetailsRequest}, {@code RoutingRuleRequest},
 * {@code SlaPolicyRequest}).
 */
@Component
class RestClientAdminApi implements AdminApi {

    private static final ParameterizedTypeReference<List<AdminBodies.ApiKeyBody>> KEYS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<AdminBodies.TeamBody>> TEAMS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<AdminBodies.RepBody>> REPS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<AdminBodies.RuleBody>> RULES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<AdminBodies.SlaPolicyBody>> POLICIES =
            new ParameterizedTypeReference<>() {};

    private final GatewayApi gateway;

    RestClientAdminApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<ApiKey> apiKeys(Caller caller) {
        return listOf(gateway.get(caller, "/api/v1/api-keys", KEYS)).stream()
                .map(AdminBodies.ApiKeyBody::toKey)
                .toList();
    }

    @Override
    public NewApiKey createApiKey(Caller caller, String name) {
        var created = gateway.send(
                caller, HttpMethod.POST, "/api/v1/api-keys", Map.of("name", name), AdminBodies.CreatedApiKeyBody.class);
        return new NewApiKey(created.id(), created.name(), created.key());
    }

    @Override
    public void revokeApiKey(Caller caller, String id) {
        gateway.send(caller, HttpMethod.DELETE, "/api/v1/api-keys/{id}", null, id);
    }

    @Override
    public List<Team> teams(Caller caller) {
        return listOf(gateway.get(caller, "/api/v1/teams", TEAMS)).stream()
                .map(AdminBodies.TeamBody::toTeam)
                .toList();
    }

    @Override
    public void createTeam(Caller caller, TeamForm team) {
        gateway.send(caller, HttpMethod.POST, "/api/v1/teams", teamBody(team));
    }

    @Override
    public void updateTeam(Caller caller, UUID id, TeamForm team) {
        gateway.send(caller, HttpMethod.PUT, "/api/v1/teams/{id}", teamBody(team), id);
    }

    @Override
    public List<Rep> reps(Caller caller) {
        return listOf(gateway.get(caller, "/api/v1/reps", REPS)).stream()
                .map(AdminBodies.RepBody::toRep)
                .toList();
    }

    @Override
    public void registerRep(Caller caller, String name, String email) {
        gateway.send(caller, HttpMethod.POST, "/api/v1/reps", Map.of("name", name, "email", email));
    }

    @Override
    public void updateRep(Caller caller, UUID id, RepChanges changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfPresent(body, "name", changes.name());
        putIfPresent(body, "teamId", changes.teamId());
        putIfPresent(body, "capacity", changes.capacity());
        gateway.send(caller, HttpMethod.PUT, "/api/v1/reps/{id}", body, id);
    }

    @Override
    public List<RoutingRule> routingRules(Caller caller) {
        return listOf(gateway.get(caller, "/api/v1/routing-rules", RULES)).stream()
                .map(AdminBodies.RuleBody::toRule)
                .toList();
    }

    @Override
    public void defineRoutingRule(Caller caller, RuleForm rule) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfPresent(body, "position", rule.position());
        body.put("name", rule.name());
        body.put("segments", rule.segments());
        body.put("countries", rule.countries());
        body.put("grades", rule.grades());
        body.put("sources", rule.sources());
        putIfPresent(body, "minCompanySize", rule.minCompanySize());
        putIfPresent(body, "maxCompanySize", rule.maxCompanySize());
        putIfPresent(body, "teamId", rule.teamId());
        putIfPresent(body, "secondTierTeamId", rule.secondTierTeamId());
        gateway.send(caller, HttpMethod.POST, "/api/v1/routing-rules", body);
    }

    @Override
    public void deleteRoutingRule(Caller caller, UUID id) {
        gateway.send(caller, HttpMethod.DELETE, "/api/v1/routing-rules/{id}", null, id);
    }

    @Override
    public List<SlaPolicy> slaPolicies(Caller caller) {
        return listOf(gateway.get(caller, "/api/v1/sla-policies", POLICIES)).stream()
                .map(AdminBodies.SlaPolicyBody::toPolicy)
                .toList();
    }

    @Override
    public void setSlaPolicy(Caller caller, SlaPolicy policy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("acceptWithin", policy.acceptWithin());
        body.put("decideWithin", policy.decideWithin());
        body.put("remindAtPercent", policy.remindAtPercent());
        body.put("reassignOnBreach", policy.reassignOnBreach());
        gateway.send(caller, HttpMethod.PUT, "/api/v1/sla-policies/{priority}", body, policy.priority());
    }

    private static Map<String, Object> teamBody(TeamForm team) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", team.name());
        body.put("manager", team.manager());
        body.put("timeZone", team.timeZone());
        if (!team.workingHours().isEmpty()) {
            body.put("workingHours", team.workingHours());
        }
        body.put("holidays", team.holidays());
        putIfPresent(body, "slackWebhookUrl", team.slackWebhookUrl());
        return body;
    }

    private static void putIfPresent(Map<String, Object> body, String field, @Nullable Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static <T> List<T> listOf(@Nullable List<T> answer) {
        return answer == null ? List.of() : answer;
    }
}
