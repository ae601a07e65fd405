package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.out.TeamApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The team board's calls to the hand-off service: {@code GET /api/v1/teams}, {@code GET /api/v1/reps}, the caller's
 * open hand-offs ({@code assignee=me}, a manager's are their teams'), the hand-offs waiting for a rep
 * ({@code assignee=none}), {@code POST /api/v1/handoffs/{id}/reassign}
 * and {@code PUT /api/v1/reps/{id}/availability}.
 */
@Component
class RestClientTeamApi implements TeamApi {

    /** The parts of the hand-off service's {@code TeamResponse} the board reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TeamBody(UUID id, String name, String manager) {}

    /** The parts of {@code RepResponse} the board reads ({@code teamId} is absent from older services). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RepBody(
            UUID id,
            String name,
            String email,
            boolean available,
            @Nullable UUID teamId) {}

    /** The parts of {@code HandoffResponse} the board reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HandoffBody(
            UUID id,
            UUID leadId,
            String status,
            int score,
            @Nullable Holder rep,
            @Nullable Details details,
            @Nullable Instant createdAt,
            @Nullable String assignmentNote,
            @Nullable Contact contact) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Holder(UUID id) {}

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Details(
                @Nullable String slaState,
                @Nullable Instant dueAt,
                @Nullable UUID teamId,
                @Nullable String priority) {}

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Contact(
                @Nullable String name,
                @Nullable String email,
                @Nullable String company) {

            @Nullable String label() {
                String who = name != null && !name.isBlank() ? name : email;
                if (who == null || who.isBlank()) {
                    return company;
                }
                return company == null || company.isBlank() ? who : who + ", " + company;
            }
        }

        WaitingHandoff toWaitingHandoff() {
            return new WaitingHandoff(
                    id,
                    leadId,
                    score,
                    details == null ? null : details.teamId(),
                    details == null ? null : details.priority(),
                    createdAt,
                    assignmentNote,
                    contact == null ? null : contact.label());
        }

        OpenHandoff toOpenHandoff() {
            return new OpenHandoff(
                    id,
                    leadId,
                    status,
                    score,
                    rep == null ? null : rep.id(),
                    details == null ? null : details.slaState(),
                    details == null ? null : details.dueAt());
        }
    }

    private static final ParameterizedTypeReference<List<TeamBody>> TEAMS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<RepBody>> REPS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<HandoffBody>> HANDOFFS = new ParameterizedTypeReference<>() {};

    private final GatewayApi gateway;

    RestClientTeamApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<Team> teams(Caller caller) {
        return listOf(gateway.get(caller, "/api/v1/teams", TEAMS)).stream()
                .map(t -> new Team(t.id(), t.name(), t.manager()))
                .toList();
    }

    @Override
    public List<Rep> reps(Caller caller) {
        return listOf(gateway.get(caller, "/api/v1/reps", REPS)).stream()
                .map(r -> new Rep(r.id(), r.name(), r.email(), r.available(), r.teamId()))
                .toList();
    }

    @Override
    public List<OpenHandoff> openHandoffs(Caller caller) {
        return listOf(gateway.get(caller, "/api/v1/handoffs?assignee=me&status=open", HANDOFFS)).stream()
                .map(HandoffBody::toOpenHandoff)
                .toList();
    }

    @Override
    public List<WaitingHandoff> waitingHandoffs(Caller caller) {
        return listOf(gateway.get(caller, "/api/v1/handoffs?assignee=none", HANDOFFS)).stream()
                .map(HandoffBody::toWaitingHandoff)
                .toList();
    }

    @Override
    public void reassign(Caller caller, UUID handoffId, UUID repId) {
        gateway.send(caller, HttpMethod.POST, "/api/v1/handoffs/{id}/reassign", Map.of("repId", repId), handoffId);
    }

    @Override
    public void setAvailability(Caller caller, UUID repId, boolean available) {
        gateway.send(caller, HttpMethod.PUT, "/api/v1/reps/{id}/availability", Map.of("available", available), repId);
    }

    private static <T> List<T> listOf(@Nullable List<T> answer) {
        return answer == null ? List.of() : answer;
    }
}
