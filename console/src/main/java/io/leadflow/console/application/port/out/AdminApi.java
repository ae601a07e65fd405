package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the admin pages change: the gateway's API keys and the hand-off service's sales organisation (teams and their
 * calendars, reps, routing rules, SLA policies), always as the signed-in admin, so the access matrix decides.
 */
public interface AdminApi {

    record ApiKey(
            String id,
            String name,
            @Nullable Instant createdAt,
            String createdBy,
            @Nullable Instant revokedAt) {}

    /** A new key: {@code key} is the secret, shown once and never again. */
    record NewApiKey(String id, String name, String key) {}

    /** A team: working hours per weekday ({@code MONDAY -> 09:00-17:00}), holidays as ISO dates. */
    record Team(
            UUID id,
            String name,
            String manager,
            String timeZone,
            Map<String, String> workingHours,
            List<String> holidays,
            @Nullable String slackWebhookUrl) {

        /** The working hours as the form edits them, one {@code WEEKDAY=HH:MM-HH:MM} a line. */
        public String workingHoursText() {
            StringBuilder text = new StringBuilder();
            workingHours.forEach(
                    (day, hours) -> text.append(day).append('=').append(hours).append('\n'));
            return text.toString();
        }

        public String holidaysText() {
            return String.join(", ", holidays);
        }
    }

    /** A team as the admin's form sends it (the API refuses what it does not take, naming the field). */
    record TeamForm(
            String name,
            String manager,
            String timeZone,
            Map<String, String> workingHours,
            List<String> holidays,
            @Nullable String slackWebhookUrl) {}

    record Rep(
            UUID id,
            String name,
            String email,
            boolean available,
            @Nullable UUID teamId,
            int capacity,
            int weight) {}

    /** A rep's changes; null keeps the value. */
    record RepChanges(
            @Nullable String name,
            @Nullable UUID teamId,
            @Nullable Integer capacity) {}

    record RoutingRule(
            UUID id,
            int position,
            String name,
            List<String> segments,
            List<String> countries,
            List<String> grades,
            List<String> sources,
            @Nullable Integer minCompanySize,
            @Nullable Integer maxCompanySize,
            @Nullable UUID teamId,
            @Nullable UUID secondTierTeamId) {}

    record RuleForm(
            @Nullable Integer position,
            String name,
            List<String> segments,
            List<String> countries,
            List<String> grades,
            List<String> sources,
            @Nullable Integer minCompanySize,
            @Nullable Integer maxCompanySize,
            @Nullable String teamId,
            @Nullable String secondTierTeamId) {}

    /** The SLA of one priority ({@code hot}, {@code normal}); durations ISO-8601 (PT15M). */
    record SlaPolicy(
            String priority,
            String acceptWithin,
            String decideWithin,
            List<Integer> remindAtPercent,
            boolean reassignOnBreach) {}

    List<ApiKey> apiKeys(Caller caller);

    NewApiKey createApiKey(Caller caller, String name);

    void revokeApiKey(Caller caller, String id);

    List<Team> teams(Caller caller);

    void createTeam(Caller caller, TeamForm team);

    void updateTeam(Caller caller, UUID id, TeamForm team);

    List<Rep> reps(Caller caller);

    void registerRep(Caller caller, String name, String email);

    void updateRep(Caller caller, UUID id, RepChanges changes);

    List<RoutingRule> routingRules(Caller caller);

    void defineRoutingRule(Caller caller, RuleForm rule);

    void deleteRoutingRule(Caller caller, UUID id);

    List<SlaPolicy> slaPolicies(Caller caller);

    void setSlaPolicy(Caller caller, SlaPolicy policy);
}
