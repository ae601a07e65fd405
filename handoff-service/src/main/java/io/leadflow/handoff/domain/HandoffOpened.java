package io.leadflow.handoff.domain;

import java.util.Optional;

/** A lead was handed to sales; the assignee, when there is one, is the rep as updated by the assignment. */
public record HandoffOpened(Handoff handoff, Optional<SalesRep> assignee) {

    public HandoffOpened {
        if (handoff == null || assignee == null) {
            throw new IllegalArgumentException("an opened hand-off needs the hand-off and an optional assignee");
        }
    }
}
