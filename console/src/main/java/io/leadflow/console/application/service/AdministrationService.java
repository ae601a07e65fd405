package io.leadflow.console.application.service;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.ApiKeysUseCase;
import io.leadflow.console.application.port.in.SalesOrganisationUseCase;
import io.leadflow.console.application.port.out.AdminApi;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
class AdministrationService implements ApiKeysUseCase, SalesOrganisationUseCase {

    private final AdminApi api;

    AdministrationService(AdminApi api) {
        this.api = api;
    }

    @Override
    public List<AdminApi.ApiKey> apiKeys(Caller caller) {
        return api.apiKeys(caller);
    }

    @Override
    public AdminApi.NewApiKey createApiKey(Caller caller, String name) {
        return api.createApiKey(caller, name.strip());
    }

    @Override
    public void revokeApiKey(Caller caller, String id) {
        api.revokeApiKey(caller, id);
    }

    @Override
    public List<AdminApi.Team> teams(Caller caller) {
        return api.teams(caller);
    }

    @Override
    public void createTeam(Caller caller, TeamFields team) {
        api.createTeam(caller, form(team));
    }

    @Override
    public void updateTeam(Caller caller, UUID id, TeamFields team) {
        api.updateTeam(caller, id, form(team));
    }

    @Override
    public List<AdminApi.Rep> reps(Caller caller) {
        return api.reps(caller);
    }

    @Override
    public void registerRep(Caller caller, String name, String email) {
        api.registerRep(caller, name.strip(), email.strip());
    }

    @Override
    public void updateRep(Caller caller, UUID id, String name, String teamId, String capacity) {
        api.updateRep(
                caller,
                id,
                new AdminApi.RepChanges(blankToNull(name), uuid(teamId, "teamId"), number(capacity, "capacity")));
    }

    @Override
    public List<AdminApi.RoutingRule> routingRules(Caller caller) {
        return api.routingRules(caller);
    }

    @Override
    public void defineRoutingRule(Caller caller, RuleFields rule) {
        api.defineRoutingRule(
                caller,
                new AdminApi.RuleForm(
                        number(rule.position(), "position"),
                        rule.name().strip(),
                        list(rule.segments()),
                        list(rule.countries()),
                        list(rule.grades()),
                        list(rule.sources()),
                        number(rule.minCompanySize(), "minCompanySize"),
                        number(rule.maxCompanySize(), "maxCompanySize"),
                        blankToNull(rule.teamId()),
                        blankToNull(rule.secondTierTeamId())));
    }

    @Override
    public void deleteRoutingRule(Caller caller, UUID id) {
        api.deleteRoutingRule(caller, id);
    }

    @Override
    public List<AdminApi.SlaPolicy> slaPolicies(Caller caller) {
        return api.slaPolicies(caller);
    }

    @Override
    public void setSlaPolicy(
            Caller caller,
            String priority,
            String acceptWithin,
            String decideWithin,
            String remindAtPercent,
            boolean reassignOnBreach) {
        List<Integer> percents = list(remindAtPercent).stream()
                .map(p -> number(p, "remindAtPercent"))
                .toList();
        api.setSlaPolicy(
                caller,
                new AdminApi.SlaPolicy(
                        priority, acceptWithin.strip(), decideWithin.strip(), percents, reassignOnBreach));
    }

    /** Working hours typed one weekday a line, {@code MONDAY=09:00-17:00}; holidays as a comma list of ISO dates. */
    static AdminApi.TeamForm form(TeamFields team) {
        Map<String, String> hours = new LinkedHashMap<>();
        for (String line : team.workingHours().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new ApiRefusal(
                        400,
                        "Working hours are one weekday a line, e.g. MONDAY=09:00-17:00.",
                        Map.of("workingHours", "write each line as WEEKDAY=HH:MM-HH:MM"));
            }
            hours.put(
                    line.substring(0, eq).strip().toUpperCase(Locale.ROOT),
                    line.substring(eq + 1).strip());
        }
        return new AdminApi.TeamForm(
                team.name().strip(),
                team.manager().strip(),
                team.timeZone().strip(),
                hours,
                list(team.holidays()),
                blankToNull(team.slackWebhookUrl()));
    }

    static List<String> list(@Nullable String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+"))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .toList();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable Integer number(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ApiRefusal(400, field + " must be a whole number.", Map.of(field, "a whole number, e.g. 50"));
        }
    }

    private static @Nullable UUID uuid(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiRefusal(400, "Choose a team from the list.", Map.of(field, "a team's id"));
        }
    }
}
