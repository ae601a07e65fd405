package io.leadflow.handoff.domain;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * All hand-offs of one lead, which is where the rule "one open hand-off per lead" lives: a lead that sales holds
 * already is not handed off again when another qualification arrives.
 */
public record LeadHandoffs(LeadId leadId, List<Handoff> handoffs) {

    public LeadHandoffs {
        if (leadId == null) {
            throw new IllegalArgumentException("lead hand-offs belong to a lead");
        }
        handoffs = handoffs == null ? List.of() : List.copyOf(handoffs);
        if (handoffs.stream().anyMatch(h -> !h.leadId().equals(leadId))) {
            throw new IllegalArgumentException("every hand-off must belong to lead " + leadId);
        }
    }

    public Optional<Handoff> openHandoff() {
        return handoffs.stream().filter(Handoff::isOpen).findFirst();
    }

    /**
     * Hands the qualified lead to the rep the policy chooses, or leaves it unassigned when nobody is available;
     * empty when the lead holds an open hand-off already.
     */
    public Optional<HandoffOpened> handOff(
            HandoffId id, Qualification qualification, List<SalesRep> reps, AssignmentPolicy policy, Instant now) {
        if (!qualification.leadId().equals(leadId)) {
            throw new IllegalArgumentException(
                    "the qualification is for lead " + qualification.leadId() + ", not " + leadId);
        }
        if (openHandoff().isPresent()) {
            return Optional.empty();
        }
        Optional<Assignment> assignment = policy.assign(qualification, reps);
        Handoff handoff = Handoff.open(id, qualification, assignment.orElse(null), now);
        return Optional.of(
                new HandoffOpened(handoff, assignment.map(a -> a.rep().assignedAt(now))));
    }
}
