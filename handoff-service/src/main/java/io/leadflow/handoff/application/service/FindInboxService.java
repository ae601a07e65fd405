package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.FindInboxQuery;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

class FindInboxService implements FindInboxQuery {

    private final HandoffRepository handoffs;
    private final SalesRepRepository reps;
    private final TeamRepository teams;
    private final HandoffViews views;

    FindInboxService(HandoffRepository handoffs, SalesRepRepository reps, TeamRepository teams, HandoffViews views) {
        this.handoffs = handoffs;
        this.reps = reps;
        this.teams = teams;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HandoffView> findInbox(Actor actor, boolean openOnly) {
        Set<TeamId> managed = teams.findAll().stream()
                .filter(t -> t.manager().value().equalsIgnoreCase(actor.user()))
                .map(Team::id)
                .collect(Collectors.toSet());
        Set<RepId> visible = reps.findAll().stream()
                .filter(r -> actor.isAdmin()
                        || r.email().value().equalsIgnoreCase(actor.user())
                        || (r.teamId() != null && managed.contains(r.teamId())))
                .map(SalesRep::id)
                .collect(Collectors.toSet());
        if (visible.isEmpty()) {
            return List.of();
        }
        return handoffs.findOpenHeldBy(visible).stream()
                .map(views::of)
                .filter(v -> !openOnly
                        || v.details() == null
                        || v.details().deadline() != null
                        || "QUALIFIED".equals(v.status()))
                .sorted(Comparator.comparing(
                        (HandoffView v) ->
                                v.details() == null ? null : v.details().dueAt(),
                        Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
                .toList();
    }
}
