package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import java.util.List;
import java.util.Optional;

/**
 * What a notification must tell: the hand-off, the rep holding it, the lead's profile when we know it, and why we
 * write ({@code kind}): a new hand-off, a reminder before a deadline, or a breach (for the team's manager). The team
 * (when routed to one), earlier rejections and nurture history of a recycled lead complete the picture.
 */
public record HandoffNotice(
        Handoff handoff,
        SalesRep rep,
        Optional<LeadProfile> profile,
        Kind kind,
        Optional<Team> team,
        List<String> history) {

    public enum Kind {
        ASSIGNED,
        REMINDER,
        BREACH
    }

    public HandoffNotice {
        if (handoff == null || rep == null || profile == null || kind == null || team == null) {
            throw new IllegalArgumentException("a notice needs the hand-off, the rep, a kind and optionals");
        }
        history = history == null ? List.of() : List.copyOf(history);
    }

    public HandoffNotice(Handoff handoff, SalesRep rep, Optional<LeadProfile> profile) {
        this(handoff, rep, profile, Kind.ASSIGNED, Optional.empty(), List.of());
    }
}
