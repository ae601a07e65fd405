package io.leadflow.handoff.domain;

import java.util.List;
import java.util.Optional;

/**
 * Chooses the owner of a qualified lead. Routing by territory, segment or capacity and SDR-first two-tier routing
 * are further policies (or a chain of them ending in round-robin); each names the rule that decided, so a manager
 * can see why a rep got a lead.
 */
public interface AssignmentPolicy {

    /** The rep for this lead among {@code reps}, or empty when no rep may take it now. */
    Optional<Assignment> assign(Qualification qualification, List<SalesRep> reps);
}
