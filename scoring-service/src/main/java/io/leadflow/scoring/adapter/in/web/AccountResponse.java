package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.Firmographics;
import java.time.Instant;

/** An account: its firmographics, how it came to be ({@code API}, {@code IMPORT}, {@code CONTACT}) and when. */
record AccountResponse(
        String id,
        String domain,
        String name,
        Integer size,
        String industry,
        String country,
        boolean targetAccount,
        Integer tier,
        String ownerRepId,
        String origin,
        Instant createdAt,
        Instant updatedAt) {

    static AccountResponse of(Account account) {
        Firmographics f = account.firmographics();
        return new AccountResponse(
                account.id().toString(),
                account.domain().value(),
                f.name(),
                f.employees(),
                f.industry(),
                f.country(),
                f.targetAccount(),
                f.tier(),
                f.ownerRepId() == null ? null : f.ownerRepId().toString(),
                account.origin().name(),
                account.createdAt(),
                account.updatedAt());
    }
}
