package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.FindAccountHandoffsQuery;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.out.AccountHandoffRepository;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

/** Who sees an account hand-off: the rep holding it, the manager of its team or of its rep's team, an admin. */
class FindAccountHandoffsService implements FindAccountHandoffsQuery {

    static final int LIMIT = 500;

    private final AccountHandoffRepository accountHandoffs;
    private final SalesRepRepository reps;
    private final TeamRepository teams;

    FindAccountHandoffsService(
            AccountHandoffRepository accountHandoffs, SalesRepRepository reps, TeamRepository teams) {
        this.accountHandoffs = accountHandoffs;
        this.reps = reps;
        this.teams = teams;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountHandoff findAccountHandoff(HandoffId id, Actor actor) {
        Visible visible = visibleTo(actor);
        return accountHandoffs
                .find(id)
                .filter(visible::includes)
                .orElseThrow(() -> new NotFoundException("account hand-off", id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountHandoff> findAccountHandoffs(Actor actor, UUID accountId) {
        Visible visible = visibleTo(actor);
        if (visible.all()) {
            return accountHandoffs.findRecent(null, null, accountId, LIMIT);
        }
        if (visible.reps().isEmpty() && visible.teams().isEmpty()) {
            return List.of();
        }
        return accountHandoffs.findRecent(visible.reps(), visible.teams(), accountId, LIMIT);
    }

    private Visible visibleTo(Actor actor) {
        if (actor.isAdmin()) {
            return new Visible(true, Set.of(), Set.of());
        }
        Set<TeamId> managed = teams.findAll().stream()
                .filter(team -> team.manager().value().equalsIgnoreCase(actor.user()))
                .map(Team::id)
                .collect(Collectors.toSet());
        Set<RepId> repIds = new HashSet<>();
        for (SalesRep rep : reps.findAll()) {
            if (rep.email().value().equalsIgnoreCase(actor.user())
                    || (rep.teamId() != null && managed.contains(rep.teamId()))) {
                repIds.add(rep.id());
            }
        }
        return new Visible(false, Set.copyOf(repIds), managed);
    }

    /** Every hand-off, or those held by these reps or routed to these teams. */
    private record Visible(boolean all, Set<RepId> reps, Set<TeamId> teams) {

        boolean includes(AccountHandoff handoff) {
            return all
                    || (handoff.repId() != null && reps.contains(handoff.repId()))
                    || (handoff.team() != null && teams.contains(handoff.team()));
        }
    }
}
