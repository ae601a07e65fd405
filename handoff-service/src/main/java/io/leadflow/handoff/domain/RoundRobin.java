package io.leadflow.handoff.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Gives the lead to the available rep who has waited longest since their last lead (never assigned counts as
 * longest), ties broken by name and then id, so the same reps always produce the same choice.
 */
public final class RoundRobin implements AssignmentPolicy {

    public static final String RULE = "round-robin";

    private static final Comparator<SalesRep> LONGEST_WAITING = Comparator.comparing(
                    SalesRep::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SalesRep::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(SalesRep::name)
            .thenComparing(rep -> rep.id().value());

    @Override
    public Optional<Assignment> assign(Qualification qualification, List<SalesRep> reps) {
        return reps.stream().filter(SalesRep::available).min(LONGEST_WAITING).map(rep -> new Assignment(rep, RULE));
    }
}
