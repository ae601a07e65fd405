package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.SalesRep;
import java.util.Optional;

/** What a rep must learn about a new hand-off: the hand-off, the rep, and the lead's profile when we know it. */
public record HandoffNotice(Handoff handoff, SalesRep rep, Optional<LeadProfile> profile) {

    public HandoffNotice {
        if (handoff == null || rep == null || profile == null) {
            throw new IllegalArgumentException("a notice needs the hand-off, the rep and an optional profile");
        }
    }
}
