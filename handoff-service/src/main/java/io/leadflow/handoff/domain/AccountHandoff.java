package io.leadflow.handoff.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account that qualified as a whole, in sales' hands: the company, its roll-up score and the people behind it, the
 * rep it went to (its owner while available, else the rep routing chose, as for a lead) or none yet. Unlike a lead's
 * hand-off it moves no lead's stage: each person keeps their own hand-off; this one tells the rep to work the account.
 *
 * @param qualification how many times the account qualified (1 for the first)
 * @param assignedBy {@code account-owner}, {@code rule:<name>} or {@code round-robin}; null while nobody holds it
 */
public record AccountHandoff(
        HandoffId id,
        UUID eventId,
        UUID accountId,
        String name,
        String domain,
        Integer tier,
        Integer size,
        String industry,
        String country,
        int score,
        int threshold,
        int qualification,
        List<AccountPerson> people,
        UUID ownerRepId,
        HandoffStatus status,
        RepId repId,
        String assignedBy,
        TeamId team,
        Instant qualifiedAt,
        Instant createdAt,
        Instant assignedAt,
        String correlationId) {

    public AccountHandoff {
        if (id == null || eventId == null || accountId == null || name == null || domain == null) {
            throw new IllegalArgumentException("an account hand-off needs an id, its event and the account");
        }
        if (status != HandoffStatus.ASSIGNED && status != HandoffStatus.UNASSIGNED) {
            throw new IllegalArgumentException("an account hand-off is ASSIGNED or UNASSIGNED");
        }
        if ((status == HandoffStatus.ASSIGNED) != (repId != null)) {
            throw new IllegalArgumentException("an account hand-off has a rep exactly when it is ASSIGNED");
        }
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** This account, as it came in, given to the chosen rep, or left waiting when routing chose nobody (null). */
    public AccountHandoff routed(Assignment assignment, Route route, Instant now) {
        return new AccountHandoff(
                id,
                eventId,
                accountId,
                name,
                domain,
                tier,
                size,
                industry,
                country,
                score,
                threshold,
                qualification,
                people,
                ownerRepId,
                assignment == null ? HandoffStatus.UNASSIGNED : HandoffStatus.ASSIGNED,
                assignment == null ? null : assignment.rep().id(),
                assignment == null ? null : assignment.rule(),
                route.team(),
                qualifiedAt,
                now,
                assignment == null ? null : now,
                correlationId);
    }

    /** What routing rules may look at: the account's country and size (no segment, grade or source). */
    public LeadAttributes routingAttributes() {
        return new LeadAttributes(null, country, size, null, null);
    }
}
