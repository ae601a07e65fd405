package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.port.out.AdminApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The answers of the gateway's API-key and the hand-off service's organisation endpoints, as far as the pages read. */
final class AdminBodies {

    private AdminBodies() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ApiKeyBody(
            String id,
            String name,
            @Nullable Instant createdAt,
            String createdBy,
            @Nullable Instant revokedAt) {
        AdminApi.ApiKey toKey() {
            return new AdminApi.ApiKey(id, name, createdAt, createdBy, revokedAt);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreatedApiKeyBody(String id, String name, String key) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TeamBody(
            UUID id,
            String name,
            String manager,
            String timeZone,
            @Nullable Map<String, String> workingHours,
            @Nullable List<String> holidays,
            @Nullable String slackWebhookUrl) {
        AdminApi.Team toTeam() {
            return new AdminApi.Team(
                    id,
                    name,
                    manager,
                    timeZone,
                    workingHours == null ? Map.of() : workingHours,
                    holidays == null ? List.of() : holidays,
                    slackWebhookUrl == null || slackWebhookUrl.isEmpty() ? null : slackWebhookUrl);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RepBody(
            UUID id,
            String name,
            String email,
            boolean available,
            @Nullable UUID teamId,
            @Nullable Integer capacity,
            @Nullable Integer weight) {
        AdminApi.Rep toRep() {
            return new AdminApi.Rep(
                    id, name, email, available, teamId, capacity == null ? 0 : capacity, weight == null ? 1 : weight);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TeamReference(UUID value) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleBody(
            UUID id,
            int position,
            String name,
            @Nullable Set<String> segments,
            @Nullable Set<String> countries,
            @Nullable Set<String> grades,
            @Nullable Set<String> sources,
            @Nullable Integer minCompanySize,
            @Nullable Integer maxCompanySize,
            @Nullable TeamReference team,
            @Nullable TeamReference secondTierTeam) {
        AdminApi.RoutingRule toRule() {
            return new AdminApi.RoutingRule(
                    id,
                    position,
                    name,
                    sorted(segments),
                    sorted(countries),
                    sorted(grades),
                    sorted(sources),
                    minCompanySize,
                    maxCompanySize,
                    team == null ? null : team.value(),
                    secondTierTeam == null ? null : secondTierTeam.value());
        }

        private static List<String> sorted(@Nullable Set<String> values) {
            return values == null ? List.of() : values.stream().sorted().toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SlaPolicyBody(
            String priority,
            String acceptWithin,
            String decideWithin,
            @Nullable List<Integer> remindAtPercent,
            boolean reassignOnBreach) {
        AdminApi.SlaPolicy toPolicy() {
            return new AdminApi.SlaPolicy(
                    priority,
                    acceptWithin,
                    decideWithin,
                    remindAtPercent == null ? List.of() : remindAtPercent,
                    reassignOnBreach);
        }
    }
}
