package io.leadflow.handoff.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the owner of a lead: the first routing rule (by position) that matches picks the team; within the team a
 * weighted round-robin picks the rep. Reps who are away or hold as many open hand-offs as their capacity are
 * skipped, and so are reps outside their own working hours while someone inside theirs can take the lead; reps who
 * name the lead's segment or territory are preferred, then reps covering all, then anyone. Without a matching rule
 * every available rep takes part, and the lead becomes the chosen rep's team's (its Slack channel, its calendar), as
 * if a rule had named that team. The assignment names the rule, so managers can see why a rep got the lead.
 *
 * <p>Before any rule, a lead of an account with an owner goes to that owner while they are available (not marked
 * away), whatever their load or working hours, so that two people of one company never reach two reps; an owner who
 * is away (or no rep any more) leaves the lead to the rules and the round-robin.
 */
public final class Routing {

    public static final String FALLBACK = "round-robin";
    public static final String ACCOUNT_OWNER = "account-owner";

    private Routing() {}

    /** The account owner among {@code reps} when they are available: the lead is theirs, in their own team. */
    public static Optional<Assignment> toAccountOwner(RepId owner, List<SalesRep> reps) {
        if (owner == null) {
            return Optional.empty();
        }
        return reps.stream()
                .filter(SalesRep::available)
                .filter(rep -> rep.id().equals(owner))
                .findFirst()
                .map(rep -> new Assignment(rep, ACCOUNT_OWNER, rep.teamId()));
    }

    /** The rule that applies to the lead, if any. */
    public static Optional<RoutingRule> ruleFor(LeadAttributes lead, List<RoutingRule> rules) {
        return rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::position))
                .filter(r -> r.matches(lead))
                .findFirst();
    }

    /**
     * The rep for the lead among {@code reps} of {@code team} (all reps when team is null), never one of
     * {@code excluded}; {@code openLoads} is each rep's number of open hand-offs. Reps outside their own working hours
     * at {@code now} are skipped while a rep inside them can take the lead; when none can, they take part as before
     * (the lead is not left waiting, and their SLA clock starts when their hours do).
     */
    public static Optional<Assignment> assign(
            LeadAttributes lead,
            TeamId team,
            String rule,
            List<SalesRep> reps,
            Map<RepId, Integer> openLoads,
            Set<RepId> excluded,
            Instant now) {
        List<SalesRep> able = reps.stream()
                .filter(SalesRep::available)
                .filter(rep -> team == null || team.equals(rep.teamId()))
                .filter(rep -> !excluded.contains(rep.id()))
                .filter(rep -> openLoads.getOrDefault(rep.id(), 0) < rep.capacity())
                .toList();
        List<SalesRep> working = able.stream().filter(rep -> rep.worksAt(now)).toList();
        List<SalesRep> candidates = working.isEmpty() ? able : working;
        List<SalesRep> covering =
                candidates.stream().filter(rep -> rep.covers(lead)).toList();
        List<SalesRep> specialists = covering.stream()
                .filter(rep -> !rep.segments().isEmpty() || !rep.territories().isEmpty())
                .toList();
        List<SalesRep> pool = !specialists.isEmpty() ? specialists : !covering.isEmpty() ? covering : candidates;
        return pool.stream()
                .min(WeightedRoundRobin.NEXT)
                .map(rep -> new Assignment(rep, rule, team == null ? rep.teamId() : team));
    }

    /** Smooth enough and stateless: the rep with the fewest leads per unit of weight goes next. */
    static final class WeightedRoundRobin {

        static final Comparator<SalesRep> NEXT = ((Comparator<SalesRep>) WeightedRoundRobin::byShare)
                .thenComparing(SalesRep::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(SalesRep::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(rep -> rep.id().value());

        private WeightedRoundRobin() {}

        private static int byShare(SalesRep a, SalesRep b) {
            // a.count / a.weight vs b.count / b.weight without division
            return Long.compare(a.assignedCount() * b.weight(), b.assignedCount() * a.weight());
        }
    }
}
