package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.TeamBoard;
import io.leadflow.console.application.port.in.FindTeamBoardQuery;
import io.leadflow.console.application.port.in.ReassignHandoffUseCase;
import io.leadflow.console.application.port.in.SetRepAvailabilityUseCase;
import io.leadflow.console.application.port.out.TeamApi;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class TeamBoardService implements FindTeamBoardQuery, ReassignHandoffUseCase, SetRepAvailabilityUseCase {

    private static final String ADMIN = "admin";

    private final TeamApi api;

    TeamBoardService(TeamApi api) {
        this.api = api;
    }

    @Override
    public TeamBoard findTeamBoard(Caller caller) {
        List<TeamApi.Team> teams = api.teams(caller).stream()
                .filter(team -> caller.has(ADMIN) || team.manager().equalsIgnoreCase(caller.email()))
                .sorted(Comparator.comparing(TeamApi.Team::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        if (teams.isEmpty()) {
            return new TeamBoard(List.of());
        }
        List<TeamApi.Rep> reps = api.reps(caller);
        List<TeamApi.OpenHandoff> open = api.openHandoffs(caller);
        List<TeamApi.WaitingHandoff> waiting = api.waitingHandoffs(caller);
        return new TeamBoard(teams.stream()
                .map(team -> new TeamBoard.Team(
                        team.id(),
                        team.name(),
                        reps.stream()
                                .filter(rep -> team.id().equals(rep.teamId()))
                                .sorted(Comparator.comparing(TeamApi.Rep::name, String.CASE_INSENSITIVE_ORDER))
                                .map(rep -> lane(rep, open))
                                .toList(),
                        waiting.stream()
                                .filter(h -> team.id().equals(h.teamId()))
                                .sorted(Comparator.comparing(
                                        TeamApi.WaitingHandoff::waitingSince,
                                        Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
                                .map(h -> new TeamBoard.Waiting(
                                        h.id(),
                                        h.leadId(),
                                        h.score(),
                                        "HOT".equalsIgnoreCase(h.priority()),
                                        h.waitingSince(),
                                        h.note(),
                                        h.contact()))
                                .toList()))
                .toList());
    }

    private static TeamBoard.Lane lane(TeamApi.Rep rep, List<TeamApi.OpenHandoff> open) {
        return new TeamBoard.Lane(
                rep.id(),
                rep.name(),
                rep.email(),
                rep.available(),
                open.stream()
                        .filter(h -> Objects.equals(h.repId(), rep.id()))
                        .sorted(Comparator.comparing(
                                TeamApi.OpenHandoff::dueAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
                        .map(h ->
                                new TeamBoard.Entry(h.id(), h.leadId(), h.status(), h.score(), h.slaState(), h.dueAt()))
                        .toList());
    }

    @Override
    public void reassign(Caller caller, UUID handoffId, UUID repId) {
        api.reassign(caller, handoffId, repId);
    }

    @Override
    public void setAvailability(Caller caller, UUID repId, boolean available) {
        api.setAvailability(caller, repId, available);
    }
}
