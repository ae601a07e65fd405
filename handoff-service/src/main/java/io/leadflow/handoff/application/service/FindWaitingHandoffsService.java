package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.FindWaitingHandoffsQuery;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.NotAllowedException;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

class FindWaitingHandoffsService implements FindWaitingHandoffsQuery {

    private final HandoffRepository handoffs;
    private final TeamRepository teams;
    private final HandoffViews views;

    FindWaitingHandoffsService(HandoffRepository handoffs, TeamRepository teams, HandoffViews views) {
        this.handoffs = handoffs;
        this.teams = teams;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HandoffView> findWaitingHandoffs(Actor actor) {
        List<Handoff> waiting;
        if (actor.isAdmin()) {
            waiting = handoffs.findAllWaiting();
        } else {
            Set<TeamId> managed = teams.findAll().stream()
                    .filter(t -> t.manager().value().equalsIgnoreCase(actor.user()))
                    .map(Team::id)
                    .collect(Collectors.toSet());
            if (managed.isEmpty()) {
                throw new NotAllowedException("only a team's manager or an admin sees hand-offs waiting for a rep");
            }
            waiting = handoffs.findWaitingForTeams(managed);
        }
        return waiting.stream().map(views::of).toList();
    }
}
