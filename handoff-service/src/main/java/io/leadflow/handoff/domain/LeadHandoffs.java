package io.leadflow.handoff.domain;

import io.leadflow.kernel.LeadId;
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
}
