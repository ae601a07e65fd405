package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.Assignment;
import io.leadflow.handoff.domain.LeadAttributes;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.Route;
import io.leadflow.handoff.domain.Routing;
import io.leadflow.handoff.domain.RoutingRule;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who gets a qualified lead or account: the account's owner while available, else the first matching routing rule's
 * team by weighted round-robin, else every available rep. Locks the candidate reps; the caller owns the transaction.
 */
final class HandoffRouting {

    private final SalesRepRepository reps;
    private final RoutingRules rules;
    private final HandoffRepository handoffs;

    HandoffRouting(SalesRepRepository reps, RoutingRules rules, HandoffRepository handoffs) {
        this.reps = reps;
        this.rules = rules;
        this.handoffs = handoffs;
    }

    /** The rep chosen (none: nobody available) and the route the hand-off takes. */
    record Decision(Optional<Assignment> assignment, Route route) {}

    Decision route(UUID accountOwnerRepId, LeadAttributes attributes, Instant now) {
        Optional<Assignment> toOwner = accountOwnerRepId == null
                ? Optional.empty()
                : Routing.toAccountOwner(new RepId(accountOwnerRepId), reps.lockAvailable(null));
        if (toOwner.isPresent()) {
            return new Decision(toOwner, new Route(toOwner.get().team(), 1, null));
        }
        Optional<RoutingRule> rule = Routing.ruleFor(attributes, rules.findAll());
        var team = rule.map(RoutingRule::team).orElse(null);
        Optional<Assignment> assignment = Routing.assign(
                attributes,
                team,
                rule.map(r -> "rule:" + r.name()).orElse(Routing.FALLBACK),
                reps.lockAvailable(team),
                handoffs.openLoads(),
                Set.of(),
                now);
        Route route = rule.map(r -> new Route(r.team(), 1, r.secondTierTeam()))
                .orElseGet(
                        () -> assignment.map(a -> new Route(a.team(), 1, null)).orElse(Route.NONE));
        return new Decision(assignment, route);
    }
}
