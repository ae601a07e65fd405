package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.out.AdminApi;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The admin's sales organisation as forms send it: teams with their calendars, reps, routing rules and SLA policies.
 * Text the forms hold (working hours as {@code MONDAY=09:00-17:00} lines, comma lists) becomes the API's bodies here;
 * what the API refuses comes back with its field.
 */
public interface SalesOrganisationUseCase {

    /** A team form's fields as typed. */
    record TeamFields(
            String name,
            String manager,
            String timeZone,
            String workingHours,
            String holidays,
            @Nullable String slackWebhookUrl) {}

    /** A routing rule form's fields as typed. */
    record RuleFields(
            String position,
            String name,
            String segments,
            String countries,
            String grades,
            String sources,
            String minCompanySize,
            String maxCompanySize,
            String teamId,
            String secondTierTeamId) {}

    List<AdminApi.Team> teams(Caller caller);

    void createTeam(Caller caller, TeamFields team);

    void updateTeam(Caller caller, UUID id, TeamFields team);

    List<AdminApi.Rep> reps(Caller caller);

    void registerRep(Caller caller, String name, String email);

    void updateRep(Caller caller, UUID id, String name, String teamId, String capacity);

    List<AdminApi.RoutingRule> routingRules(Caller caller);

    void defineRoutingRule(Caller caller, RuleFields rule);

    void deleteRoutingRule(Caller caller, UUID id);

    List<AdminApi.SlaPolicy> slaPolicies(Caller caller);

    void setSlaPolicy(
            Caller caller,
            String priority,
            String acceptWithin,
            String decideWithin,
            String remindAtPercent,
            boolean reassignOnBreach);
}
