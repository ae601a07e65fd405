package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.AccountPerson;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A qualified account in sales' hands: the account, its roll-up score against the threshold, which qualification of
 * the account this is, who holds it ({@code status} ASSIGNED, or UNASSIGNED while nobody does) by which rule, and
 * the people behind it.
 */
record AccountHandoffResponse(
        UUID id,
        String status,
        Account account,
        int score,
        int threshold,
        int qualification,
        Instant qualifiedAt,
        UUID repId,
        String assignedBy,
        UUID teamId,
        Instant createdAt,
        Instant assignedAt,
        List<AccountPerson> people) {

    record Account(
            UUID id,
            String name,
            String domain,
            Integer tier,
            Integer size,
            String industry,
            String country,
            UUID ownerRepId) {}

    static AccountHandoffResponse of(AccountHandoff h) {
        return new AccountHandoffResponse(
                h.id().value(),
                h.status().name(),
                new Account(
                        h.accountId(),
                        h.name(),
                        h.domain(),
                        h.tier(),
                        h.size(),
                        h.industry(),
                        h.country(),
                        h.ownerRepId()),
                h.score(),
                h.threshold(),
                h.qualification(),
                h.qualifiedAt(),
                h.repId() == null ? null : h.repId().value(),
                h.assignedBy(),
                h.team() == null ? null : h.team().value(),
                h.createdAt(),
                h.assignedAt(),
                h.people());
    }
}
